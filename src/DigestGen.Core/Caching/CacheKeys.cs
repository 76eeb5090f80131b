using DigestGen.Build;

namespace DigestGen.Caching;

/// <summary>
/// The keys that decide what the cache may be trusted for. Every key starts from the generator
/// itself (the assembly's build id), so a new DigestGen never reuses an old one's results.
/// <list type="bullet">
/// <item><see cref="Extraction"/>: settings and gazetteer (everything in content/ but articles/);
/// with an article's content hash it keys that article's entities.</item>
/// <item><see cref="Pages"/>: the extraction key plus templates and build options; with a page's
/// view it keys that page's HTML.</item>
/// <item><see cref="Input"/>: the page key plus every article's bytes: equal means nothing changed.</item>
/// </list>
/// </summary>
public sealed record CacheKeys(string Extraction, string Pages, string Input)
{
    public static string Generator { get; } = typeof(CacheKeys).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static CacheKeys Compute(BuildOptions options)
    {
        var content = Path.GetFullPath(options.ContentDirectory);
        // The content folder is walked and read once; its articles key the input, the rest the extraction.
        var files = TreeHash.FileDigests(content);
        using var extraction = new TreeHash().Add(Generator).AddFiles(content, files.Where(f => !IsArticle(f.Relative)));
        var extractionKey = extraction.Finish();
        using var pages = new TreeHash().Add(extractionKey)
            .Add(options.BaseUrl).Add($"{options.IncludeDrafts}{options.IncludeFuture}{options.LiveReload}")
            .Add(Path.GetFullPath(options.OutputDirectory))
            .AddTree(Path.GetFullPath(options.TemplatesDirectory));
        var pagesKey = pages.Finish();
        // A fixed "now" (tests) decides what is published; a real clock is handled by NextScheduled.
        using var input = new TreeHash().Add(pagesKey).Add(options.Now?.ToString("O")).AddFiles(content, files.Where(f => IsArticle(f.Relative)));
        return new CacheKeys(extractionKey, pagesKey, input.Finish());
    }

    private static bool IsArticle(string relativePath) => relativePath.StartsWith("articles/", StringComparison.Ordinal);
}
