using System.Collections.Concurrent;
using DigestGen.Build;

namespace DigestGen.Caching;

/// <summary>
/// The incremental cache in <c>.digestgen/cache</c> beside the content folder. It answers three
/// questions: has nothing changed since the last build (then the site stands as it is), which
/// articles' entities are already known, and which pages would render the same bytes as the
/// file already in the site (then that file is hard-linked into the new site, not rendered).
/// With <c>--no-cache</c> nothing is read; the fresh results are still saved.
/// </summary>
public sealed class BuildCache
{
    private readonly BuildOptions _options;
    private readonly string _output;
    private readonly IReadOnlyList<OutputStamp.Entry>? _files;
    private readonly string? _stamp;

    private BuildCache(BuildOptions options, string directory, CacheKeys keys, ConcurrentDictionary<string, byte[]> articleDigests, BuildState? previous)
    {
        ArticleDigests = articleDigests;
        _options = options;
        Directory = directory;
        Keys = keys;
        _output = Path.GetFullPath(options.OutputDirectory);
        Previous = previous is not null && previous.OutputDirectory == _output ? previous : null;
        _files = Previous is null ? null : OutputStamp.Walk(_output);
        _stamp = _files is null ? null : OutputStamp.Of(_files);
    }

    public string Directory { get; }
    public CacheKeys Keys { get; }

    /// <summary>The last build's state, when it built the same output folder; null with --no-cache.</summary>
    public BuildState? Previous { get; }

    public static string DirectoryFor(BuildOptions options) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.ContentDirectory).TrimEnd(Path.DirectorySeparatorChar))!, ".digestgen", "cache");

    public static BuildCache Open(BuildOptions options)
    {
        var directory = DirectoryFor(options);
        var previous = options.NoCache ? null : CacheFile.Read<BuildState>(StatePath(directory, options));
        if (previous?.Format != BuildState.CurrentFormat)
        {
            previous = null;
        }
        var read = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        return new BuildCache(options, directory, CacheKeys.Compute(options, read, previous?.Index), read, previous);
    }

    /// <summary>
    /// Where the build's content loader leaves the digest of each article it reads. With no previous
    /// state to compare with, the input key is worked out from these when the build is saved.
    /// </summary>
    public ConcurrentDictionary<string, byte[]> ArticleDigests { get; }

    /// <summary>True when the site on disk is exactly what this build would write.</summary>
    public bool IsUpToDate(DateTimeOffset now) =>
        Previous is { } p && OutputIsUntouched && p.InputKey == Keys.Input
        && (_options.Now is not null || p.NextScheduled is null || now < p.NextScheduled);

    /// <summary>The previous site's files may stand in for pages whose fingerprint is unchanged.</summary>
    public bool CanReusePages => Previous is { } p && p.PageKey == Keys.Pages && OutputIsUntouched;

    /// <summary>
    /// Every file of the site in the output folder, when it is exactly what the last build wrote: the
    /// build may then update it in place. Null when there is no such site (or with --no-cache).
    /// </summary>
    public IReadOnlyList<OutputStamp.Entry>? SiteFiles => OutputIsUntouched ? _files : null;

    private bool OutputIsUntouched => _stamp is not null && _stamp == Previous?.OutputStamp;

    public EntityCache OpenEntities() => EntityCache.Open(Directory, Keys.Extraction, read: !_options.NoCache);

    public BodyCache OpenBodies() => BodyCache.Open(Directory, Keys.Extraction, read: !_options.NoCache);

    public SearchTermCache OpenSearchTerms() => SearchTermCache.Open(Directory, Keys.Extraction, read: !_options.NoCache);

    /// <summary>Records a committed build, with the stamp of the site it committed.</summary>
    public void Save(BuildState state) => CacheFile.Write(StatePath(Directory, _options), state);

    /// <summary>
    /// One state per output folder: <c>serve</c> builds into two folders in turn, and each must be
    /// compared with what was last built into it.
    /// </summary>
    private static string StatePath(string directory, BuildOptions options) => Path.Combine(directory, $"state-{OutputName(options)}.json");

    /// <summary>Where the build records where each article and entity lies in the site's data files (see <see cref="Output.DataSplice"/>): one per output folder, as the state.</summary>
    public string DataPath => Path.Combine(Directory, $"data-{OutputName(_options)}.bin");

    private static string OutputName(BuildOptions options) =>
        TreeHash.Of(System.Text.Encoding.UTF8.GetBytes(Path.GetFullPath(options.OutputDirectory)))[..12];
}
