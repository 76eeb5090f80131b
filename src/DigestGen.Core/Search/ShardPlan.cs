namespace DigestGen.Search;

/// <summary>
/// Splits the terms into shards named by a prefix of the normalised term: one letter, and longer
/// prefixes where a shard would grow past <see cref="Limit"/> bytes. A term lives in the shard
/// named by its longest prefix that is a shard name, so the browser finds it without a directory.
/// </summary>
public static class ShardPlan
{
    public const int Limit = 40_000;
    private const int MaxDepth = 6;

    public static SortedDictionary<string, List<string>> Assign(IReadOnlyDictionary<string, int> sizes)
    {
        var shards = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        Split(sizes, sizes.Keys, 1, shards);
        return shards;
    }

    /// <summary>The shard that holds <paramref name="term"/> if the index has it.</summary>
    public static string? ShardOf(string term, ICollection<string> shardNames)
    {
        for (var length = Math.Min(term.Length, MaxDepth); length > 0; length--)
        {
            if (shardNames.Contains(term[..length]))
            {
                return term[..length];
            }
        }
        return null;
    }

    public static string FileName(string shard) =>
        "s/" + string.Join("-", shard.Select(c => ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture))) + ".json";

    private static void Split(IReadOnlyDictionary<string, int> sizes, IEnumerable<string> terms, int depth, SortedDictionary<string, List<string>> shards)
    {
        foreach (var group in terms.GroupBy(t => t[..Math.Min(depth, t.Length)], StringComparer.Ordinal))
        {
            var longer = group.Where(t => t.Length > depth).ToList();
            if (depth < MaxDepth && longer.Count > 0 && group.Sum(t => sizes[t]) > Limit)
            {
                var exact = group.Where(t => t.Length <= depth).ToList();
                if (exact.Count > 0)
                {
                    shards[group.Key] = exact;
                }
                Split(sizes, longer, depth + 1, shards);
            }
            else
            {
                shards[group.Key] = [.. group];
            }
        }
    }
}
