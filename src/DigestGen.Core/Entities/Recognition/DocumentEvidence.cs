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

    [ThreadStatic]
    private static Dictionary<string, int>? s_slots;

    [ThreadStatic]
    private static int[]? s_counts;

    [ThreadStatic]
    private static string[]? s_stems;

    [ThreadStatic]
    private static int[]? s_local;

    /// <summary>Per token: evidence bits from the OTHER occurrences of the same stem, 0 when none.
    /// Counts live in one per-thread array (a slot of <c>Bits + 1</c> per distinct stem), reused for every document.</summary>
    public static int[] Compute(IReadOnlyList<string> norms, FeatureExtractor features) =>
        Compute(norms, features.FactsOf(norms), features);

    /// <summary>As above, with the words' facts already looked up (one per token of <paramref name="norms"/>).</summary>
    public static int[] Compute(IReadOnlyList<string> norms, WordFacts[] words, FeatureExtractor features)
    {
        var result = new int[norms.Count];
        Compute(norms, words, features, result);
        return result;
    }

    /// <summary>As above, into <paramref name="result"/> (at least one per token), which the caller may reuse.</summary>
    public static void Compute(IReadOnlyList<string> norms, WordFacts[] words, FeatureExtractor features, Span<int> result)
    {
        var n = norms.Count;
        var local = LocalOf(n);
        var slots = s_slots ??= new Dictionary<string, int>(StringComparer.Ordinal);
        slots.Clear();
        var counts = Counts(n * (Bits + 1));
        var stems = StemsOf(n);
        for (var i = 0; i < n; i++)
        {
            var facts = words[i];
            stems[i] = facts.Stem;
            if (facts.Stem.Length < 2 || !char.IsLetter(facts.Stem[0]) || facts.Common)
            {
                continue;
            }

            local[i] = Local(norms, words, i, features);
            if (!slots.TryGetValue(facts.Stem, out var slot))
            {
                slots[facts.Stem] = slot = slots.Count * (Bits + 1);
                Array.Clear(counts, slot, Bits + 1);
            }

            Count(counts.AsSpan(slot, Bits + 1), local[i], 1);
        }

        // Every token whose stem was counted gets the evidence of the others, a common word too
        // (its own occurrence counts as one without flags).
        for (var i = 0; i < n; i++)
        {
            result[i] = 0;
            if (slots.TryGetValue(stems[i], out var slot))
            {
                var c = counts.AsSpan(slot, Bits + 1);
                Count(c, local[i], -1);
                result[i] = c[Bits] > 0 ? Flags(c) | (1 << Bits) : 0;
                Count(c, local[i], 1);
            }
        }
    }

    // Every token's local flags, zeroed for this document (a skipped token keeps 0).
    private static int[] LocalOf(int size)
    {
        var local = s_local is { } pooled && pooled.Length >= size ? pooled : s_local = new int[Math.Max(size, 1024)];
        Array.Clear(local, 0, size);
        return local;
    }

    private static string[] StemsOf(int size) =>
        s_stems is { } pooled && pooled.Length >= size ? pooled : s_stems = new string[Math.Max(size, 1024)];

    private static int[] Counts(int size) =>
        s_counts is { } pooled && pooled.Length >= size ? pooled : s_counts = new int[Math.Max(size, 4096)];

    // Bits 0-2: a listed PERS/LOC/ORG name starts here; 3-7: trigger class of the word before;
    // 8: a person trigger two words before (the surname of الرئيس جاك شيراك); 9: spare.
    private static int Local(IReadOnlyList<string> norms, WordFacts[] words, int i, FeatureExtractor features)
    {
        var flags = features.Lexicon.LongestNameAt(norms, i, norms.Count, words[i].NameStarts, out _) & 7;
        var prev = i > 0 ? words[i - 1].Trigger : -1;
        if (prev >= 0)
        {
            flags |= 1 << (3 + prev);
        }

        if (i > 1 && words[i - 2].Trigger == 0)
        {
            flags |= 1 << 8;
        }

        return flags;
    }

    private static void Count(Span<int> c, int flags, int delta)
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

    private static int Flags(Span<int> c)
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
