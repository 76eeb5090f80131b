using System.Collections.Concurrent;

namespace DigestGen.Caching;

/// <summary>
/// Each article's part of the search index, by the article's content hash, valid for one extraction key
/// (generator, settings, gazetteer: what the text is cut into and which entities it names). An article's
/// part is the distinct words it has, each with the fields it occurs in, and the entities it mentions:
/// its keys follow from its words, so after an edit the index is merged from these, and only the edited
/// article is read again. Only the articles of the latest build are kept.
/// </summary>
public sealed class SearchTermCache
{
    private readonly string _path;
    private readonly IReadOnlyDictionary<string, SearchTerms> _previous;
    private readonly ConcurrentDictionary<string, SearchTerms> _current = new(StringComparer.Ordinal);

    // Words read from the file keep their numbers; words first met in this build are numbered after them.
    private readonly CachedWord[] _loaded;
    private readonly ConcurrentDictionary<string, int> _wordNumbers = new(StringComparer.Ordinal);
    private readonly List<CachedWord> _added = [];
    private readonly Lock _adding = new();
    private int _hits;
    private int _misses;

    private SearchTermCache(string path, CachedWord[] words, IReadOnlyDictionary<string, SearchTerms> previous)
    {
        _path = path;
        _loaded = words;
        _previous = previous;
        for (var i = 0; i < words.Length; i++)
        {
            _wordNumbers[words[i].Text] = i;
        }
    }

    /// <summary>How many articles the file held.</summary>
    public int Count => _previous.Count;

    /// <summary>Articles whose terms came from the file in this build, and articles read afresh.</summary>
    public int Hits => _hits;

    public int Misses => _misses;

    /// <summary>How long <see cref="Open"/> took to read the file (for --verbose).</summary>
    public TimeSpan ReadIn { get; private init; }

    /// <summary>Words read from the file: the only ones a cached article's terms name.</summary>
    internal int LoadedWords => _loaded.Length;

    public static SearchTermCache Open(string cacheDirectory, string extractionKey, bool read)
    {
        var path = Path.Combine(cacheDirectory, $"search-{extractionKey}.bin");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var file = read ? SearchTermCacheFile.Read(path) : null;
        var readIn = watch.Elapsed;
        foreach (var stale in Directory.Exists(cacheDirectory) ? Directory.EnumerateFiles(cacheDirectory, "search-*.bin") : [])
        {
            if (stale != path)
            {
                CacheFile.Delete(stale);
            }
        }
        return new SearchTermCache(path, file?.Words ?? [], file?.Articles ?? new Dictionary<string, SearchTerms>(StringComparer.Ordinal)) { ReadIn = readIn };
    }

    /// <summary>The terms the file holds for an article with this content.</summary>
    internal bool TryGet(string contentHash, out SearchTerms terms) => _previous.TryGetValue(contentHash, out terms!);

    /// <summary>Terms from the file that this build used (a hit), for the next build.</summary>
    internal void Keep(string contentHash, SearchTerms terms)
    {
        Interlocked.Increment(ref _hits);
        _current[contentHash] = terms;
    }

    /// <summary>Terms read afresh (a miss), for the next build.</summary>
    internal void Put(string contentHash, SearchTerms terms)
    {
        Interlocked.Increment(ref _misses);
        _current[contentHash] = terms;
    }

    /// <summary>A word read from the file, by its number.</summary>
    internal CachedWord Word(int number) => _loaded[number];

    /// <summary>The number of a word, a new one if the file did not have it.</summary>
    internal int Number(string text, (string Surface, string Key)[] readings)
    {
        if (_wordNumbers.TryGetValue(text, out var number))
        {
            return number;
        }
        lock (_adding)
        {
            if (!_wordNumbers.TryGetValue(text, out number))
            {
                number = _loaded.Length + _added.Count;
                _added.Add(new CachedWord(text, readings));
                _wordNumbers[text] = number;
            }
            return number;
        }
    }

    public void Save()
    {
        if (_misses > 0 || _current.Count != _previous.Count)
        {
            SearchTermCacheFile.Write(_path, _current, n => n < _loaded.Length ? _loaded[n] : _added[n - _loaded.Length]);
        }
    }
}

/// <summary>A distinct word of the text and its readings (each a surface and the key it is indexed under); a stop word has none.</summary>
internal sealed record CachedWord(string Text, (string Surface, string Key)[] Readings);

/// <summary>An article's part of the index: its words and its entities, each a number with the fields it occurs in (see <see cref="Pack"/>).</summary>
internal sealed record SearchTerms(int[] Words, int[] Entities)
{
    /// <summary>Fields are the four bits of <see cref="Search.SearchFields"/>.</summary>
    private const int FieldBits = 4;

    /// <summary>A number and its fields in one int: half the memory of pairs, and one 7-bit number in the file.</summary>
    public static int Pack(int number, int fields) =>
        (uint)number < 1u << (31 - FieldBits) && fields is > 0 and < 1 << FieldBits
            ? number << FieldBits | fields
            : throw new ArgumentOutOfRangeException(nameof(number), $"{number} in fields {fields} cannot be packed");

    public static int NumberOf(int packed) => packed >>> FieldBits;

    public static int FieldsOf(int packed) => packed & ((1 << FieldBits) - 1);
}
