using DigestGen.Authoring;
using DigestGen.Diagnostics;
using DigestGen.Rendering;
using DigestGen.Site;

namespace DigestGen.Build;

/// <summary>What <c>check</c> learns from the content: every diagnostic a build would report, and what it leaves out.</summary>
public sealed record ValidationResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<Unpublished> Unpublished);

public sealed partial class SiteBuilder
{
    /// <summary>
    /// Runs the stages of <see cref="Build"/> up to rendering the pages, in memory, and returns
    /// what they would report; writes nothing. What <c>check</c> uses to validate content without
    /// rebuilding the site.
    /// </summary>
    public ValidationResult Validate()
    {
        var diagnostics = new DiagnosticBag();
        if (ContentFolderMissing(diagnostics))
        {
            return new ValidationResult(diagnostics.Sorted(), []);
        }
        var (content, templates, model) = ReadAndLink(diagnostics);
        if (!diagnostics.HasErrors)
        {
            using var renderer = NewRenderer(model, templates, liveReload: false);
            Parallel.ForEach(new PagePlanner(model).Plan(), Cores.One, page => renderer.Render(page, diagnostics));
        }
        return new ValidationResult(diagnostics.Sorted(), content.Unpublished);
    }
}
