using DigestGen.Build;
using DigestGen.Content;
using DigestGen.Diagnostics;

namespace DigestGen.Checking;

/// <summary>What <c>check</c> found: the content's diagnostics (as <c>build</c> reports them) and the built site's.</summary>
public sealed record CheckResult(IReadOnlyList<Diagnostic> Content, IReadOnlyList<Diagnostic> Site, int Pages)
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
        var content = new SiteBuilder(options).Validate();
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
        return new CheckResult(content, site.Sorted(), pages);
    }
}
