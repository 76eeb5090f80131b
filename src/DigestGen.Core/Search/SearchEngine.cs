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

    /// <param name="read">Reads a file under <c>search/</c> by relative path; null when it does not exist.</param>
    public SearchEngine(Func<string, string?> read)
    {
        _read = read;
        Meta = Load<SearchMeta>("meta.json") ?? throw new InvalidOperationException("search/meta.json is missing");
        _analyzer = new SearchAnalyzer(Meta.Rules);
        _names = new EntityNames(_analyzer, Meta.Names);
        _shardNames = new HashSet<string>(Meta.Shards, StringComparer.Ordinal);
    }

    public SearchMeta Meta { get; }

    public static SearchEngine FromSite(string siteDirectory) => new(path =>
    {
        var full = Path.Combine(siteDirectory, SearchFormat.Folder, path);
        return File.Exists(full) ? File.ReadAllText(full) : null;
    });

    /// <summary>Every matching article, best first. <paramref name="live"/>: the query is being typed, so an unfinished last word matches as a prefix.</summary>
    public IReadOnlyList<SearchResult> Search(string query, bool live = false)
    {
        Dictionary<int, int>? scores = null;
        foreach (var unit in Units(query, live))
        {
            var hits = Evaluate(unit);
            scores = scores is null ? hits : scores.Where(s => hits.ContainsKey(s.Key)).ToDictionary(s => s.Key, s => s.Value + hits[s.Key]);
        }
        if (scores is null)
        {
            return [];
        }
        return scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key).Select(s => Result(s.Key, s.Value)).ToList();
    }

    private Dictionary<int, int> Evaluate(QueryUnit unit)
    {
        var masks = new Dictionary<int, int>();
        var bonus = 0;
        switch (unit.Kind)
        {
            case QueryUnitKind.Entity:
                bonus = SearchFields.EntityBonus;
                foreach (var entity in unit.Entities)
                {
                    Accumulate(masks, Load<int[]>($"e/{entity}.json") ?? []);
                }
                break;
            case QueryUnitKind.Word:
                AccumulateKeys(masks, WordKeys(unit.Word));
                break;
            default:
                AccumulateKeys(masks, WordKeys(unit.Word).Concat(PrefixKeys(unit.Word)).Distinct());
                break;
        }
        return masks.ToDictionary(m => m.Key, m => SearchFields.Weight(m.Value) + bonus);
    }

    private void AccumulateKeys(Dictionary<int, int> masks, IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            if (ShardPlan.ShardOf(key, _shardNames) is { } shard && Shard(shard).P.TryGetValue(key, out var postings))
            {
                Accumulate(masks, postings);
            }
        }
    }

    private static void Accumulate(Dictionary<int, int> masks, IEnumerable<int> postings)
    {
        foreach (var (doc, mask) in Postings.Decode(postings))
        {
            masks[doc] = masks.GetValueOrDefault(doc) | mask;
        }
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

    private T? Load<T>(string path) => _read(path) is { } json ? JsonSerializer.Deserialize<T>(json, SearchFormat.Json) : default;
}
