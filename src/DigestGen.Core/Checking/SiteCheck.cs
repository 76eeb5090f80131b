using DigestGen.Build;
using DigestGen.Caching;
using DigestGen.Content;
using DigestGen.Diagnostics;

namespace DigestGen.Checking;

/// <summary>What <c>check</c> found: the content's diagnostics (as <c>build</c> reports them) and the built site's.</summary>
/// <param name="ContentFromLastBuild">The content's diagnostics are the last build's: nothing changed since (see <see cref="SiteBuilder.Validate"/>).</param>
/// <param name="PagesParsed">The pages parsed; the others were byte for byte pages the last check had parsed (see <see cref="ScanCache"/>).</param>
public sealed record CheckResult(IReadOnlyList<Diagnostic> Content, IReadOnlyList<Diagnostic> Site, int Pages, IReadOnlyList<string> Unpublished,
    bool ContentFromLastBuild = false, int PagesParsed = 0)
{
    public IEnumerable<Diagnostic> All => Content.Concat(Site);

    public bool Passed => !All.Any(d => d.IsError);
}

/// <summary>
/// Validates the content with every diagnostic of a build, then checks the site already in the
/// output folder as it is. Writes nothing but what it found in each page, to the cache folder.
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
        // No content folder (a mistyped path): an error, and nothing is written, not even beside it.
        var scans = Directory.Exists(options.ContentDirectory)
            ? ScanCache.Open(ScanCache.PathFor(BuildCache.DirectoryFor(options), options.OutputDirectory), read: !options.NoCache)
            : ScanCache.Off();
        var checker = new SiteChecker(options.OutputDirectory, config, scans);
        site.AddRange(checker.Check());
        var pages = Directory.Exists(options.OutputDirectory)
            ? Directory.EnumerateFiles(options.OutputDirectory, "*.html", SearchOption.AllDirectories).Count()
            : 0;
        // Drafts and scheduled articles are valid content the site leaves out: listed, not errors.
        return new CheckResult(validation.Diagnostics, site.Sorted(), pages, validation.Unpublished, validation.FromLastBuild, checker.PagesParsed);
    }
}
