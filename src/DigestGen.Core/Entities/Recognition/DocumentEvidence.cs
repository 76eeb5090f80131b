namespace DigestGen.Entities.Recognition;

/// <summary>
/// What the rest of the article says about a word: whether its other occurrences followed a
/// trigger word (المدرب جوزيه … ورفض جوزيه) or were a listed name. News names a person once with
/// the role and then bare; this carries the role to the bare mentions. Computed over the whole
/// document before tagging; the same for training (25-sentence blocks) and extraction (one article).
/// </summary>
internal static class DocumentEvidence
{
    private const int Bits = 10;

    /// <summary>Per token: evidence bits from the OTHER occurrences of the same stem, 0 when none.</summary>
    public static int[] Compute(IReadOnlyList<string> norms, FeatureExtractor features)
    {
        var n = norms.Count;
        var local = new int[n];
        var keys = new string[n];
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var facts = features.FactsOf(norms[i]);
            keys[i] = facts.Stem;
            if (keys[i].Length < 2 || !char.IsLetter(keys[i][0]) || facts.Common)
            {
                continue;
            }

            local[i] = Local(norms, i, features);
            if (!counts.TryGetValue(keys[i], out var c))
            {
                counts[keys[i]] = c = new int[Bits + 1];
            }

            Count(c, local[i], 1);
        }

        var result = new int[n];
        foreach (var (i, c) in Occurrences(keys, counts))
        {
            Count(c, local[i], -1);
            result[i] = c[Bits] > 0 ? Flags(c) | (1 << Bits) : 0;
            Count(c, local[i], 1);
        }

        return result;
    }

    private static IEnumerable<(int Index, int[] Counts)> Occurrences(string[] keys, Dictionary<string, int[]> counts)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            if (counts.TryGetValue(keys[i], out var c))
            {
                yield return (i, c);
            }
        }
    }

    // Bits 0-2: a listed PERS/LOC/ORG name starts here; 3-7: trigger class of the word before;
    // 8: a person trigger two words before (the surname of الرئيس جاك شيراك); 9: spare.
    private static int Local(IReadOnlyList<string> norms, int i, FeatureExtractor features)
    {
        var flags = features.Lexicon.LongestNameAt(norms, i, norms.Count, out _) & 7;
        var prev = i > 0 ? features.FactsOf(norms[i - 1]).Trigger : -1;
        if (prev >= 0)
        {
            flags |= 1 << (3 + prev);
        }

        if (i > 1 && features.FactsOf(norms[i - 2]).Trigger == 0)
        {
            flags |= 1 << 8;
        }

        return flags;
    }

    private static void Count(int[] c, int flags, int delta)
    {
        for (var b = 0; b < Bits; b++)
        {
            if ((flags & (1 << b)) != 0)
            {
                c[b] += delta;
            }
        }

        c[Bits] += delta;
    }

    private static int Flags(int[] c)
    {
        var flags = 0;
        for (var b = 0; b < Bits; b++)
        {
            if (c[b] > 0)
            {
                flags |= 1 << b;
            }
        }

        return flags;
    }
}
