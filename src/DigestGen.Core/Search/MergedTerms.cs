namespace DigestGen.Search;

/// <summary>Posting lists gathered from each article's terms in document order, then ranked into a <see cref="SearchIndex"/>.
/// Keys are numbered as the builder first met them, so merging a document is array indexing, not string hashing.</summary>
internal sealed class MergedTerms(int entityCount)
{
    // Every (key, posting) in the order documents come, in fixed chunks: a list per key grew by doubling
    // through the whole index (100 MB of copies at 10,000 articles, most of it old enough to be collected
    // late), where counting the keys at the end sizes each list once.
    private const int ChunkSize = 1 << 16;
    private readonly List<KeyPosting[]> _chunks = [];
    private int _used = ChunkSize;
    private int _keyCount;
    private readonly List<Posting>[] _entityPostings = [.. Enumerable.Range(0, entityCount).Select(_ => new List<Posting>())];

    private readonly record struct KeyPosting(int Key, Posting Posting);

    /// <summary>Adds document <paramref name="doc"/>'s keys and entities, each with its fields; documents must come in increasing order.</summary>
    public void Add(int doc, IEnumerable<KeyValuePair<int, int>> keys, IEnumerable<KeyValuePair<int, int>> entities)
    {
        foreach (var (key, mask) in keys)
        {
            AddKey(doc, key, mask);
        }
        foreach (var (entity, mask) in entities)
        {
            _entityPostings[entity].Add(new Posting(doc, mask));
        }
    }

    private void AddKey(int doc, int key, int mask)
    {
        if (_used == ChunkSize)
        {
            _chunks.Add(new KeyPosting[ChunkSize]);
            _used = 0;
        }
        _chunks[^1][_used++] = new KeyPosting(key, new Posting(doc, mask));
        _keyCount = Math.Max(_keyCount, key + 1);
    }

    /// <summary>Each key's postings in document order, one after the other: the counts give where each key's run starts.</summary>
    private (Posting[] All, int[] Starts) Gather()
    {
        var starts = new int[_keyCount + 1];
        for (var c = 0; c < _chunks.Count; c++)
        {
            foreach (var entry in Chunk(c))
            {
                starts[entry.Key + 1]++;
            }
        }
        for (var key = 0; key < _keyCount; key++)
        {
            starts[key + 1] += starts[key];
        }
        var all = new Posting[starts[_keyCount]];
        var next = starts[..^1];
        for (var c = 0; c < _chunks.Count; c++)
        {
            foreach (var entry in Chunk(c))
            {
                all[next[entry.Key]++] = entry.Posting;
            }
        }
        return (all, starts);
    }

    private ReadOnlySpan<KeyPosting> Chunk(int c) => _chunks[c].AsSpan(0, c == _chunks.Count - 1 ? _used : ChunkSize);

    /// <summary>What a result shows of each document, in document order.</summary>
    public static List<SearchDocument> Documents(List<Site.ArticleEntry> articles) =>
        articles.Select(a => new SearchDocument(a.Path, a.Meta.Title,
            a.Meta.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), a.Summary)).ToList();

    /// <param name="keys">Each key's text by its number.</param>
    public SearchIndex ToIndex(List<Site.ArticleEntry> articles, IReadOnlyList<string> keys, List<SearchEntity> entities, Dictionary<string, string> vocabulary,
        Dictionary<string, IReadOnlyList<int>> nameKeys, Dictionary<string, IReadOnlyList<string>> nameWords)
    {
        var documents = Documents(articles);
        var (all, starts) = Gather();
        _chunks.Clear();
        var postings = new Dictionary<string, Posting[]>(_keyCount, StringComparer.Ordinal);
        for (var key = 0; key < _keyCount; key++)
        {
            if (starts[key + 1] > starts[key])
            {
                postings[keys[key]] = Postings.Rank(all.AsSpan(starts[key], starts[key + 1] - starts[key]));
            }
        }
        return new SearchIndex(documents, postings, vocabulary, entities, [.. _entityPostings.Select(Postings.Rank)], nameKeys, nameWords);
    }
}
