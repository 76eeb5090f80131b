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
public sealed class CacheKeys
{
    private readonly Lazy<string> _input;
    private readonly ContentIndex.Recorder _index;

    private CacheKeys(string extraction, string pages, Func<string> input, ContentIndex.Recorder index)
    {
        Extraction = extraction;
        Pages = pages;
        _input = new Lazy<string>(input);
        _index = index;
    }

    public static string Generator { get; } = typeof(CacheKeys).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public string Extraction { get; }

    public string Pages { get; }

    /// <summary>
    /// Worked out when first asked for. A build that has a previous state to compare with asks before it
    /// reads anything; a clean build asks only when it saves, by when <paramref name="read"/> of
    /// <see cref="Compute"/> holds the digest of every article it read, so the archive is read once, not twice.
    /// </summary>
    public string Input => _input.Value;

    /// <summary>Every content file's stat and digest as these keys took them, for the next build (see <see cref="ContentIndex"/>).</summary>
    public ContentIndex Index
    {
        get
        {
            _ = Input; // the articles are recorded as the input is keyed
            return _index.Finish();
        }
    }

    /// <param name="read">Digests of files already read, by full path (filled as the build reads them).</param>
    /// <param name="previous">What the last build recorded of the content files: those it vouches for are not read.</param>
    public static CacheKeys Compute(BuildOptions options, IReadOnlyDictionary<string, byte[]>? read = null, ContentIndex? previous = null)
    {
        var content = Path.GetFullPath(options.ContentDirectory);
        var index = new ContentIndex.Recorder(content, previous);
        // The content folder is walked once; its articles key the input, the rest the extraction.
        var files = TreeHash.Files(content).ToLookup(IsArticle);
        using var extraction = new TreeHash().Add(Generator).AddFiles(content, TreeHash.FileDigests(content, files[false].ToArray(), index: index));
        var extractionKey = extraction.Finish();
        using var pages = new TreeHash().Add(extractionKey)
            .Add(options.BaseUrl).Add($"{options.IncludeDrafts}{options.IncludeFuture}{options.LiveReload}")
            .Add(Path.GetFullPath(options.OutputDirectory))
            .AddTree(Path.GetFullPath(options.TemplatesDirectory));
        var pagesKey = pages.Finish();
        return new CacheKeys(extractionKey, pagesKey, () =>
        {
            // A fixed "now" (tests) decides what is published; a real clock is handled by NextScheduled.
            using var input = new TreeHash().Add(pagesKey).Add(options.Now?.ToString("O"))
                .AddFiles(content, TreeHash.FileDigests(content, files[true].ToArray(), read, index));
            return input.Finish();
        }, index);
    }

    private static bool IsArticle(string relativePath) => relativePath.StartsWith("articles/", StringComparison.Ordinal);
}
