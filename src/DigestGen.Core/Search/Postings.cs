namespace DigestGen.Search;

/// <summary>
/// Posting lists stored best-first, the order results are shown in: by field weight (title, tag,
/// summary, body), then newer first (lower document number). The list is cut into pages that grow
/// <see cref="SearchFormat.PageGrowth"/>-fold, so the first results need only the first small page.
/// On disk each entry is a JSON number, (document − previous document) × 16 + field mask; the
/// difference restarts from 0 at each page and at each change of weight, so it never goes negative.
/// </summary>
public static class Postings
{
    public static Posting[] Rank(IEnumerable<Posting> postings) =>
        [.. postings.OrderByDescending(p => p.Weight).ThenBy(p => p.Doc)];

    /// <summary>True when <paramref name="a"/> comes before <paramref name="b"/> in ranked order.</summary>
    public static bool Before(int weightA, int docA, int weightB, int docB) =>
        weightA > weightB || (weightA == weightB && docA < docB);

    /// <summary>The ranked list as encoded pages: <paramref name="head"/> entries, then each page <see cref="SearchFormat.PageGrowth"/> times the last.</summary>
    public static List<int[]> Pages(IReadOnlyList<Posting> ranked, int head)
    {
        var pages = new List<int[]>();
        var size = head;
        for (var start = 0; start < ranked.Count || pages.Count == 0; start += size, size *= SearchFormat.PageGrowth)
        {
            pages.Add(Encode(ranked.Skip(start).Take(size)));
            if (start + size >= ranked.Count)
            {
                break;
            }
        }
        return pages;
    }

    public static int[] Encode(IEnumerable<Posting> ranked)
    {
        var result = new List<int>();
        int previous = 0, weight = -1;
        foreach (var p in ranked)
        {
            if (p.Weight != weight)
            {
                (previous, weight) = (0, p.Weight);
            }
            result.Add(((p.Doc - previous) << 4) | p.Mask);
            previous = p.Doc;
        }
        return [.. result];
    }

    public static IEnumerable<Posting> Decode(IEnumerable<int> encoded)
    {
        int doc = 0, weight = -1;
        foreach (var value in encoded)
        {
            var mask = value & 15;
            if (SearchFields.Weight(mask) != weight)
            {
                (doc, weight) = (0, SearchFields.Weight(mask));
            }
            doc += value >> 4;
            yield return new Posting(doc, mask);
        }
    }
}
