using DigestGen.Build;
using DigestGen.Content;
using DigestGen.Diagnostics;

namespace DigestGen.Checking;

/// <summary>What <c>check</c> found: the content's diagnostics (as <c>build</c> reports them) and the built site's.</summary>
/// <param name="ContentFromLastBuild">The content's diagnostics are the last build's: nothing changed since (see <see cref="SiteBuilder.Validate"/>).</param>
public sealed record CheckResult(IReadOnlyList<Diagnostic> Content, IReadOnlyList<Diagnostic> Site, int Pages, IReadOnlyList<string> Unpublished,
    bool ContentFromLastBuild = false)
{
    public IEnumerable<Diagnostic> All => Content.Concat(Site);

    public bool Passed => !All.Any(d => d.IsError);
}

/// <summary>
/// Validates the content with every diagnostic of a build, without writing anything, then
/// checks the site already in the output folder as it is.
/// </summary>
public static class SiteCheck
{
    public static CheckResult Run(BuildOptions options)
    {
        var validation = new SiteBuilder(options).Validate();
        var config = ConfigLoader.Load(options.ContentDirectory, new DiagnosticBag());
        if (options.BaseUrl is { } baseUrl)
        {
            config = config with { BaseUrl = baseUrl };
        }
        var site = new DiagnosticBag();
        site.AddRange(new SiteChecker(options.OutputDirectory, config).Check());
        var pages = Directory.Exists(options.OutputDirectory)
            ? Directory.EnumerateFiles(options.OutputDirectory, "*.html", SearchOption.AllDirectories).Count()
            : 0;
        // Drafts and scheduled articles are valid content the site leaves out: listed, not errors.
        return new CheckResult(validation.Diagnostics, site.Sorted(), pages, validation.Unpublished, validation.FromLastBuild);
    }
}
