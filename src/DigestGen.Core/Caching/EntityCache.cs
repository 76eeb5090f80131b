using System.Collections.Concurrent;
using DigestGen.Entities;

namespace DigestGen.Caching;

/// <summary>
/// The entities found in each article, by the article's content hash, valid for one extraction
/// key (generator, settings, gazetteer). Only the articles of the latest build are kept, so the
/// file does not grow with every edit.
/// </summary>
public sealed class EntityCache
{
    private readonly string _path;
    private readonly IReadOnlyDictionary<string, List<FoundEntity>> _previous;
    private readonly ConcurrentDictionary<string, IReadOnlyList<FoundEntity>> _current = new(StringComparer.Ordinal);
    private int _misses;

    private EntityCache(string path, IReadOnlyDictionary<string, List<FoundEntity>> previous)
    {
        _path = path;
        _previous = previous;
    }

    /// <summary>How many articles the cache file held.</summary>
    public int Count => _previous.Count;

    /// <summary>How long <see cref="Open"/> took to read the file (for --verbose).</summary>
    public TimeSpan ReadIn { get; private init; }

    public static EntityCache Open(string cacheDirectory, string extractionKey, bool read)
    {
        var path = Path.Combine(cacheDirectory, $"entities-{extractionKey}.bin");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var previous = read ? EntityCacheFile.Read(path) : null;
        var readIn = watch.Elapsed;
        // Another key's file (an older generator, settings or gazetteer), or this cache as the JSON of older versions.
        foreach (var stale in Directory.Exists(cacheDirectory) ? Directory.EnumerateFiles(cacheDirectory, "entities-*") : [])
        {
            if (stale != path && (stale.EndsWith(".bin", StringComparison.Ordinal) || stale.EndsWith(".json", StringComparison.Ordinal)))
            {
                CacheFile.Delete(stale);
            }
        }
        return new EntityCache(path, previous ?? new Dictionary<string, List<FoundEntity>>(StringComparer.Ordinal)) { ReadIn = readIn };
    }

    /// <summary>The cached entities of an article with this content, or a fresh extraction remembered for next time.</summary>
    public IReadOnlyList<FoundEntity> GetOrExtract(string contentHash, Func<IReadOnlyList<FoundEntity>> extract)
    {
        if (!_previous.TryGetValue(contentHash, out var list))
        {
            Interlocked.Increment(ref _misses);
            return _current[contentHash] = extract();
        }
        _current[contentHash] = list;
        return list;
    }

    public void Save()
    {
        if (_misses > 0 || _current.Count != _previous.Count)
        {
            EntityCacheFile.Write(_path, _current);
        }
    }
}
