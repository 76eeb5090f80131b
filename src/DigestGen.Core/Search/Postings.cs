namespace DigestGen.Search;

/// <summary>
/// A posting list as JSON numbers: each entry is (document − previous document) × 16 + field mask,
/// documents ascending. Deltas keep the numbers short, so a long list stays a few bytes per article.
/// </summary>
public static class Postings
{
    public static int[] Encode(IEnumerable<(int Doc, int Mask)> sorted)
    {
        var result = new List<int>();
        var previous = 0;
        foreach (var (doc, mask) in sorted)
        {
            result.Add(((doc - previous) << 4) | mask);
            previous = doc;
        }
        return [.. result];
    }

    public static IEnumerable<(int Doc, int Mask)> Decode(IEnumerable<int> encoded)
    {
        var doc = 0;
        foreach (var value in encoded)
        {
            doc += value >> 4;
            yield return (doc, value & 15);
        }
    }
}
