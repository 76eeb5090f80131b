using System.Text.Json;
using DigestGen.Arabic.Stemming;

namespace DigestGen.Search;

/// <summary>
/// Answers queries from the written index files, loading only the shards a query touches. The
/// reference for templates/assets/js/search.js: same units, same postings, same scores, same order
/// (score, then newer first). Tests run both on one query set.
/// </summary>
public sealed partial class SearchEngine
{
    private readonly Func<string, string?> _read;
    private readonly SearchAnalyzer _analyzer;
    private readonly EntityNames _names;
    private readonly HashSet<string> _shardNames;
    private readonly Dictionary<string, SearchShard> _shards = new(StringComparer.Ordinal);
    private readonly Dictionary<char, NameShard> _nameShards = [];

    /// <param name="read">Reads a file under <c>search/</c> by relative path; null when it does not exist.</param>
    public SearchEngine(Func<string, string?> read)
    {
        _read = read;
        Meta = Load<SearchMeta>("meta.json") ?? throw new InvalidOperationException("search/meta.json is missing");
        _analyzer = new SearchAnalyzer(Meta.Rules);
        _names = new EntityNames(_analyzer, c => Names(c).N);
        _shardNames = new HashSet<string>(Meta.Shards, StringComparer.Ordinal);
    }

    public SearchMeta Meta { get; }

    public static SearchEngine FromSite(string siteDirectory) => new(path =>
    {
        var full = Path.Combine(siteDirectory, SearchFormat.Folder, path);
        return File.Exists(full) ? File.ReadAllText(full) : null;
    });

    /// <summary>Every matching article, best first. <paramref name="live"/>: the query is being typed, so an unfinished last word matches as a prefix.</summary>
    public IReadOnlyList<SearchResult> Search(string query, bool live = false) =>
        Open(query, live).Next(int.MaxValue).Select(r => Result(r.Doc, r.Score)).ToList();

    /// <summary>The query's results to read a page at a time, loading only the postings each page needs.</summary>
    public SearchCursor Open(string query, bool live = false) => new(Units(query, live).Select(Stream).ToList());

    /// <summary>An article as the results page shows it, from the small <c>d/</c> files.</summary>
    public SearchDocument Describe(int doc)
    {
        var row = (Load<string[][]>($"d/{doc / Meta.DocumentChunk}.json") ?? [])[doc % Meta.DocumentChunk];
        return new SearchDocument(row[0], row[1], row[2], row[3]);
    }

    private UnitStream Stream(QueryUnit unit) => unit.Kind switch
    {
        QueryUnitKind.Entity => new UnitStream(unit.Entities.Select(EntityList).ToList(), SearchFields.EntityBonus),
        QueryUnitKind.Word => new UnitStream(WordKeys(unit.Word).Select(KeyList).ToList(), 0),
        _ => new UnitStream(WordKeys(unit.Word).Concat(PrefixKeys(unit.Word)).Distinct().Select(KeyList).ToList(), 0),
    };

    private RankedList EntityList(int entity) =>
        Load<PostingHead>($"e/{entity}.json") is { } head
            ? new RankedList(head.P, head.Pages, n => Load<int[]>($"e/{entity}.{n}.json") ?? [])
            : RankedList.Empty;

    private RankedList KeyList(string key)
    {
        if (ShardPlan.ShardOf(key, _shardNames) is not { } name || !Shard(name).P.TryGetValue(key, out var head))
        {
            return RankedList.Empty;
        }
        return Shard(name).L?.GetValueOrDefault(key) is [var list, var pages]
            ? new RankedList(head, pages, n => Load<int[]>($"k/{list}.{n}.json") ?? [])
            : new RankedList(head, 1, _ => []);
    }

    private SearchResult Result(int doc, int score)
    {
        var chunk = Load<string[][]>($"t/{doc / Meta.TitleChunk}.json") ?? [];
        var row = chunk[doc % Meta.TitleChunk];
        return new SearchResult(doc, row[0], row[1], score);
    }

    private SearchShard Shard(string name)
    {
        if (!_shards.TryGetValue(name, out var shard))
        {
            _shards[name] = shard = Load<SearchShard>(ShardPlan.FileName(name)) ?? SearchShard.Empty;
        }
        return shard;
    }

    private NameShard Names(char letter)
    {
        if (!_nameShards.TryGetValue(letter, out var names))
        {
            _nameShards[letter] = names = Meta.NameShards.Contains(letter.ToString())
                ? Load<NameShard>(NameShard.FileName(letter)) ?? NameShard.Empty
                : NameShard.Empty;
        }
        return names;
    }

    private T? Load<T>(string path) => _read(path) is { } json ? JsonSerializer.Deserialize(json, SearchFormat.Shape<T>()) : default;
}
