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
    public static Posting[] Rank(IEnumerable<Posting> postings) => Rank(postings is List<Posting> list
        ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list)
        : [.. postings]);

    /// <summary>The postings ranked into a new array; <paramref name="items"/> is only read (the index
    /// builder passes its own lists, which a copy of each, 64 MB at 10,000 articles, only duplicated).</summary>
    public static Posting[] Rank(ReadOnlySpan<Posting> items)
    {
        if (!InDocumentOrder(items))
        {
            var sorted = items.ToArray();
            Array.Sort(sorted, RankedOrder);
            return sorted;
        }
        // Lists are gathered in document order, so ranking is a stable split by weight (one of the few field
        // weights): a counting pass and a placing pass instead of a comparison sort of every list.
        Span<int> starts = stackalloc int[WeightSlots];
        foreach (var p in items)
        {
            starts[Slot(p.Mask)]++;
        }
        for (int slot = 0, start = 0; slot < WeightSlots; slot++)
        {
            (starts[slot], start) = (start, start + starts[slot]);
        }
        var ranked = new Posting[items.Length];
        foreach (var p in items)
        {
            ranked[starts[Slot(p.Mask)]++] = p;
        }
        return ranked;
    }

    // The field weights best-first (title, tag, summary, body, none) and each field mask's place among them.
    private const int WeightSlots = 5;

    private static int Slot(int mask) =>
        (mask & SearchFields.Title) != 0 ? 0 : (mask & SearchFields.Tag) != 0 ? 1 : (mask & SearchFields.Summary) != 0 ? 2 : (mask & SearchFields.Body) != 0 ? 3 : 4;

    private static bool InDocumentOrder(ReadOnlySpan<Posting> items)
    {
        for (var i = 1; i < items.Length; i++)
        {
            if (items[i].Doc < items[i - 1].Doc)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Ranked order: the higher weight first, then the lower document number.</summary>
    public static readonly Comparison<Posting> RankedOrder = static (a, b) => a.Weight != b.Weight ? b.Weight.CompareTo(a.Weight) : a.Doc.CompareTo(b.Doc);

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
