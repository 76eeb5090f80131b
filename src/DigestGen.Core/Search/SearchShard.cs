namespace DigestGen.Search;

/// <summary>
/// One <c>s/….json</c> file: the first page of each key's ranked postings (<see cref="P"/>), the key of
/// each surface under its prefix (<see cref="V"/>), and for a key with more pages (<see cref="L"/>) its
/// list number and page count: page n ≥ 1 is <c>k/{list}.{n}.json</c>.
/// </summary>
public sealed record SearchShard(IReadOnlyDictionary<string, int[]> P, IReadOnlyDictionary<string, string> V, IReadOnlyDictionary<string, int[]>? L)
{
    public static SearchShard Empty { get; } = new(new Dictionary<string, int[]>(), new Dictionary<string, string>(), null);
}
