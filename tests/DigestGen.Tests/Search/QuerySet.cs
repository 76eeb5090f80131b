using DigestGen.Tests.Support;

namespace DigestGen.Tests.Search;

/// <summary>The held-out Arabic queries of <c>queries.tsv</c>: query, kind, the slugs a reader expects.</summary>
public sealed record QueryCase(string Query, string Kind, IReadOnlySet<string> Expected)
{
    public override string ToString() => Query;
}

public static class QuerySet
{
    public static string FilePath => Path.Combine(RepoPaths.Root, "tests", "DigestGen.Tests", "Search", "queries.tsv");

    public static IReadOnlyList<QueryCase> Load() =>
        File.ReadAllLines(FilePath)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(f => new QueryCase(f[0], f[1], f[2].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal)))
            .ToList();

    /// <summary>Macro-averaged recall and precision: each query counts once, an empty answer to an empty expectation is perfect.</summary>
    public static (double Recall, double Precision) Score(IReadOnlyList<(QueryCase Case, IReadOnlyCollection<string> Found)> runs)
    {
        double recall = 0, precision = 0;
        foreach (var (c, found) in runs)
        {
            var hits = found.Count(c.Expected.Contains);
            recall += c.Expected.Count == 0 ? (found.Count == 0 ? 1 : 0) : (double)hits / c.Expected.Count;
            precision += found.Count == 0 ? (c.Expected.Count == 0 ? 1 : 0) : (double)hits / found.Count;
        }
        return (recall / runs.Count, precision / runs.Count);
    }

    /// <summary>The slug of an article path or URL (<c>…/articles/slug/</c>).</summary>
    public static string SlugOf(string pathOrUrl) => pathOrUrl.TrimEnd('/').Split('/')[^1];
}
