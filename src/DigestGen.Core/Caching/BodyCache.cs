using System.Collections.Concurrent;
using DigestGen.Markdown;

namespace DigestGen.Caching;

/// <summary>
/// What each article's Markdown gave besides its text (<see cref="BodyFacts"/>), by the article's content
/// hash, valid for one extraction key (generator and settings decide how Markdown renders; the gazetteer is
/// in the key too, which only makes the cache miss more often). With it, a build after an edit renders
/// only the edited article's Markdown: every other body is deferred until something reads its text.
/// Only articles whose rendering reported nothing are put, so a warning is never lost by not rendering.
/// Only the articles of the latest build are kept.
/// </summary>
public sealed class BodyCache
{
    private readonly string _path;
    private readonly IReadOnlyDictionary<string, BodyFacts> _previous;
    private readonly ConcurrentDictionary<string, BodyFacts> _current = new(StringComparer.Ordinal);
    private int _hits;
    private int _misses;

    private BodyCache(string path, IReadOnlyDictionary<string, BodyFacts> previous)
    {
        _path = path;
        _previous = previous;
    }

    /// <summary>How many articles the file held.</summary>
    public int Count => _previous.Count;

    /// <summary>Articles whose facts came from the file in this build.</summary>
    public int Hits => _hits;

    /// <summary>How long <see cref="Open"/> took to read the file (for --verbose).</summary>
    public TimeSpan ReadIn { get; private init; }

    public static BodyCache Open(string cacheDirectory, string extractionKey, bool read)
    {
        var path = Path.Combine(cacheDirectory, $"bodies-{extractionKey}.bin");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var previous = read ? BodyCacheFile.Read(path) : null;
        var readIn = watch.Elapsed;
        foreach (var stale in Directory.Exists(cacheDirectory) ? Directory.EnumerateFiles(cacheDirectory, "bodies-*.bin") : [])
        {
            if (stale != path)
            {
                CacheFile.Delete(stale);
            }
        }
        return new BodyCache(path, previous ?? new Dictionary<string, BodyFacts>(StringComparer.Ordinal)) { ReadIn = readIn };
    }

    /// <summary>The facts the file holds for an article with this content, kept for the next build (a hit).</summary>
    public bool TryGet(string contentHash, out BodyFacts facts)
    {
        if (!_previous.TryGetValue(contentHash, out facts!))
        {
            return false;
        }
        Interlocked.Increment(ref _hits);
        _current[contentHash] = facts;
        return true;
    }

    /// <summary>The facts of a body rendered afresh without a warning, for the next build (a miss).</summary>
    public void Put(string contentHash, BodyFacts facts)
    {
        Interlocked.Increment(ref _misses);
        _current[contentHash] = facts;
    }

    public void Save()
    {
        if (_misses > 0 || _current.Count != _previous.Count)
        {
            BodyCacheFile.Write(_path, _current);
        }
    }
}
