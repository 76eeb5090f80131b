namespace DigestGen.Search;

/// <summary>One <c>s/….json</c> file: postings of the keys and the key of each surface under its prefix.</summary>
public sealed record SearchShard(IReadOnlyDictionary<string, int[]> P, IReadOnlyDictionary<string, string> V)
{
    public static SearchShard Empty { get; } = new(new Dictionary<string, int[]>(), new Dictionary<string, string>());
}
