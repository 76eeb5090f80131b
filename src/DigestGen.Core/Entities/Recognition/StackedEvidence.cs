namespace DigestGen.Entities.Recognition;

/// <summary>
/// What the first pass said about a word elsewhere in the document: the classes it tagged the
/// other occurrences of the same stem with (as a name's start or inside one), or that it left them
/// out. The second pass reads these, so a name tagged once is tagged alike elsewhere (جوزيه as
/// the coach's name in one sentence and bare in the next).
/// </summary>
internal static class StackedEvidence
{
    private const int OutsideBit = 1 << 8;

    /// <summary>Per token of a document (its first-pass tag and its word's facts), the classes of the other occurrences.</summary>
    public static int[] Compute(ReadOnlySpan<int> tags, WordFacts[] words)
    {
        var n = tags.Length;
        var keys = new string?[n];
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var facts = words[i];
            if (facts.Stem.Length < 2 || !char.IsLetter(facts.Stem[0]) || facts.Common)
            {
                continue;
            }

            keys[i] = facts.Stem;
            if (!counts.TryGetValue(facts.Stem, out var c))
            {
                counts[facts.Stem] = c = new int[9];
            }

            c[Slot(tags[i])]++;
        }

        var result = new int[n];
        for (var i = 0; i < n; i++)
        {
            if (keys[i] is { } key)
            {
                result[i] = Flags(counts[key], Slot(tags[i]));
            }
        }

        return result;
    }

    // Slot 8 for O, else 0-3 for a class's B and 4-7 for its I.
    private static int Slot(int tag) => tag == NerTags.Outside ? 8 : NerTags.ClassOf(tag) + (NerTags.IsBegin(tag) ? 0 : 4);

    private static int Flags(int[] c, int own)
    {
        var flags = 0;
        for (var k = 0; k < c.Length; k++)
        {
            if (c[k] - (k == own ? 1 : 0) > 0)
            {
                flags |= 1 << k;
            }
        }

        return flags == 0 ? 0 : flags | (1 << 9);
    }
}
