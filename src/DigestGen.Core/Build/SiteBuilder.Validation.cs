using DigestGen.Caching;
using DigestGen.Diagnostics;
using DigestGen.Rendering;
using DigestGen.Site;

namespace DigestGen.Build;

/// <summary>What <c>check</c> learns from the content: every diagnostic a build would report, and what it leaves out.</summary>
/// <param name="Unpublished">The articles a build leaves out (drafts, scheduled), one line each.</param>
/// <param name="FromLastBuild">True when nothing changed since the last build of the output folder, whose report this is.</param>
public sealed record ValidationResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Unpublished, bool FromLastBuild = false);

public sealed partial class SiteBuilder
{
    /// <summary>
    /// Runs the stages of <see cref="Build"/> up to rendering the pages, in memory, and returns
    /// what they would report; writes nothing. What <c>check</c> uses to validate content without
    /// rebuilding the site.
    /// </summary>
    /// <remarks>
    /// When the cache shows that content, templates, settings and generator are those of the last
    /// successful build of the output folder, and that the folder is as that build left it (what lets a
    /// second <c>build</c> do nothing), the stages would report what that build reported: its report
    /// stands, and nothing is run again. Otherwise the articles the cache already knows are not
    /// extracted again; the cache is read, never written.
    /// </remarks>
    public ValidationResult Validate()
    {
        var diagnostics = new DiagnosticBag();
        if (ContentFolderMissing(diagnostics))
        {
            return new ValidationResult(diagnostics.Sorted(), []);
        }
        var cache = BuildCache.Open(options);
        if (cache.IsUpToDate(options.Now ?? DateTimeOffset.Now) && cache.Previous is { Unpublished: { } left } last)
        {
            return new ValidationResult(last.Warnings, left, FromLastBuild: true);
        }
        _entityCache = OpenEntitiesInBackground(cache);
        var (content, templates, model) = ReadAndLink(diagnostics);
        if (!diagnostics.HasErrors)
        {
            using var renderer = NewRenderer(model, templates, liveReload: false);
            Parallel.ForEach(new PagePlanner(model).Plan(), Cores.One, page => renderer.Render(page, diagnostics));
        }
        return new ValidationResult(diagnostics.Sorted(), content.Unpublished.Select(u => u.ToString()).ToList());
    }
}
