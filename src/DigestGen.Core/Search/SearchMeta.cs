using DigestGen.Arabic.Stemming;

namespace DigestGen.Search;

/// <summary>
/// <c>search/meta.json</c>: the rules the query side applies, the shard names, how documents are
/// chunked, and the gazetteer's names. The only search file every query loads.
/// </summary>
public sealed record SearchMeta
{
    public int Version { get; init; } = 2;
    public int Documents { get; init; }
    public int TitleChunk { get; init; }

    /// <summary>Documents per <c>d/</c> file, each as [path, title, date, summary]: what a results page shows.</summary>
    public int DocumentChunk { get; init; }

    /// <summary>How many vocabulary words an unfinished last word may expand to, in ordinal order.</summary>
    public int PrefixLimit { get; init; }
    public IReadOnlyList<string> Shards { get; init; } = [];
    public SearchRules Rules { get; init; } = SearchRules.Default;

    /// <summary>Gazetteer name keys → entity numbers; <c>e/N.json</c> holds entity N's postings.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<int>> Names { get; init; } = new Dictionary<string, IReadOnlyList<int>>();

    /// <summary>The gazetteer's name words by name key: a query word with the same key also looks for these spellings.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> NameWords { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}
