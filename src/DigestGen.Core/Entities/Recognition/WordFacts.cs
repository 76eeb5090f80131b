namespace DigestGen.Entities.Recognition;

/// <summary>
/// What the features need of one normalised word on its own: clitic split, trigger class,
/// commonness, and the hashes of every string a feature template reads (the word, its stem and
/// prefix, the stem's first and last 1–4 letters). Cached per word form, so tagging a token
/// combines precomputed integers and never builds a string.
/// </summary>
internal sealed class WordFacts
{
    public const int AffixLengths = 4;

    public WordFacts(string norm, string prefix, string stem, int trigger, bool common, WordStat stat = default)
    {
        Stat = stat;
        Prefix = prefix;
        Stem = stem;
        Trigger = trigger;
        Common = common;
        NormHash = StableHash.Of(norm);
        StemHash = StableHash.Of(stem, 0x5157u);
        PrefixHash = StableHash.Of(prefix, 0x9A1Fu);
        Tail = norm.Length >= 2 ? norm[^1] | ((uint)norm[^2] << 16) : 0;
        IsQuote = QuoteMarks.IsQuote(norm);
        Affixes = new uint[2 * AffixLengths];
        for (var n = 1; n <= AffixLengths; n++)
        {
            if (stem.Length > n)
            {
                Affixes[n - 1] = StableHash.Of(stem.AsSpan(stem.Length - n), 0x5FFu);
                Affixes[AffixLengths + n - 1] = StableHash.Of(stem.AsSpan(0, n), 0x9FFu);
            }
        }

        Grams = Trigrams(stem);
    }

    /// <summary>The feature buckets of this word alone, filled in by the extractor that cached it (its
    /// buckets depend on the model's size); see FeatureExtractor.WithBuckets.</summary>
    public int[] Buckets { get; set; } = [];

    /// <summary>Where the lexicon's names that may start with this word begin (see NerLexicon.StartsOf).</summary>
    public int[] NameStarts { get; set; } = [];

    /// <summary>The extractor whose buckets <see cref="Buckets"/> holds.</summary>
    public FeatureExtractor? BucketsOf { get; set; }

    /// <summary>The word's training counts (see <see cref="WordStat"/>).</summary>
    public WordStat Stat { get; }

    public string Prefix { get; }

    public string Stem { get; }

    public int Trigger { get; }

    public bool Common { get; }

    public uint NormHash { get; }

    public uint StemHash { get; }

    public uint PrefixHash { get; }

    /// <summary>The last two letters of the word: ية/ي mark an adjective (الاشتراكي), ون/ين a plural.</summary>
    public uint Tail { get; }

    public bool IsQuote { get; }

    /// <summary>Hashes of the stem's last 1–4 letters, then its first 1–4; 0 when the stem is too short.</summary>
    public uint[] Affixes { get; }

    /// <summary>Hashes of the letter trigrams inside the stem (not at its edges, which the affixes
    /// cover): transliterated foreign names share letter patterns (يو، فيل، نيس) that native words lack.</summary>
    public uint[] Grams { get; }

    private static uint[] Trigrams(string stem)
    {
        if (stem.Length < 5 || !char.IsLetter(stem[0]))
        {
            return [];
        }

        var grams = new uint[stem.Length - 4];
        for (var k = 0; k < grams.Length; k++)
        {
            grams[k] = StableHash.Of(stem.AsSpan(k + 1, 3), 0x3A3u);
        }

        return grams;
    }
}
