using DigestGen.Arabic.Stemming;

namespace DigestGen.Search;

/// <summary>
/// <c>search/meta.json</c>: the rules the query side applies, the shard names, how documents are
/// chunked, which name groups exist. The only search file every query loads.
/// </summary>
public sealed record SearchMeta
{
    public int Version { get; init; } = 3;
    public int Documents { get; init; }
    public int TitleChunk { get; init; }

    /// <summary>Documents per <c>d/</c> file, each as [path, title, date, summary]: what a results page shows.</summary>
    public int DocumentChunk { get; init; }

    /// <summary>How many vocabulary words an unfinished last word may expand to, in ordinal order.</summary>
    public int PrefixLimit { get; init; }
    public IReadOnlyList<string> Shards { get; init; } = [];
    public SearchRules Rules { get; init; } = SearchRules.Default;

    /// <summary>The first letters of the gazetteer's name keys: <c>n/{letter}.json</c> (see <see cref="NameShard"/>) exists for each.</summary>
    public IReadOnlyList<string> NameShards { get; init; } = [];
}
