using DigestGen.Arabic;

namespace DigestGen.Entities.Recognition;

/// <summary>
/// Turns a sentence into hashed feature buckets per token: the word, its normal form and
/// clitic-stripped stem, affixes, neighbours, trigger words, list membership, quoting, script.
/// Hashing (no feature dictionary) keeps the model small and lookup allocation-free.
/// </summary>
internal sealed partial class FeatureExtractor(NerLexicon lexicon, int bucketBits)
{
    private const string Boundary = "<s>";
    private readonly int _mask = (1 << bucketBits) - 1;

    public NerLexicon Lexicon => lexicon;

    public void Extract(SentenceInput s, FeatureBuffer buffer)
    {
        var words = Describe(s);
        buffer.Reset(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            AddTokenFeatures(s, words, i, buffer);
        }
    }

    private void AddTokenFeatures(SentenceInput s, WordInfo[] w, int i, FeatureBuffer b)
    {
        var cur = w[i];
        Add(b, i, 1, "");
        Add(b, i, 2, cur.Norm);
        Add(b, i, 3, cur.Stem);
        Add(b, i, 4, cur.Prefix);
        Add(b, i, 5, Norm(w, i - 1));
        Add(b, i, 6, Norm(w, i + 1));
        Add(b, i, 7, Norm(w, i - 2));
        Add(b, i, 8, Norm(w, i + 2));
        Add(b, i, 9, Stem(w, i - 1));
        Add(b, i, 10, Stem(w, i + 1));
        AddAffixes(b, i, cur.Stem);
        Add(b, i, 16, (int)cur.Kind, KindAt(w, i - 1), KindAt(w, i + 1));
        Add(b, i, 17, Math.Min(cur.Stem.Length, 10), cur.Common ? 1 : 0, 0);
        Add(b, i, 18, s.Quoted[i] ? 1 : 0, IsQuote(w, i - 1) ? 1 : 0, IsQuote(w, i + 1) ? 1 : 0);
        Add(b, i, 19, cur.Gazetteer, 0, 0);
        Add(b, i, 20, GazAt(w, i - 1), 0, 0);
        Add(b, i, 21, GazAt(w, i + 1), 0, 0);
        Add(b, i, 22, cur.Gazetteer, GazAt(w, i - 1), TriggerAt(w, i - 1));
        Add(b, i, 23, TriggerAt(w, i - 1), TriggerAt(w, i - 2), 0);
        Add(b, i, 24, TriggerAt(w, i + 1), cur.Trigger, 0);
        Add(b, i, 25, Norm(w, i - 1), cur.Norm);
        Add(b, i, 26, cur.Norm, Norm(w, i + 1));
        Add(b, i, 27, Stem(w, i - 1), cur.Stem);
        Add(b, i, 28, cur.Site, GazAt(w, i - 1) | GazAt(w, i + 1), 0);
        Add(b, i, 29, cur.Common ? 1 : 0, CommonAt(w, i - 1), CommonAt(w, i + 1));
        Add(b, i, 30, Stem(w, i - 1), Stem(w, i - 2));
        Add(b, i, 31, cur.Gazetteer, CommonAt(w, i + 1), TriggerAt(w, i - 2));
        Add(b, i, 32, Suffix(w, i + 1), cur.Common ? 1 : 0, 0);
        Add(b, i, 33, Suffix(w, i - 1), cur.Gazetteer, 0);
        if (cur.Stem.Length > 4)
        {
            Add(b, i, 34, cur.Stem.AsSpan(cur.Stem.Length - 4));
            Add(b, i, 35, cur.Stem.AsSpan(0, 4));
        }
    }

    private void AddAffixes(FeatureBuffer b, int i, string stem)
    {
        for (var n = 1; n <= 3; n++)
        {
            if (stem.Length > n)
            {
                Add(b, i, (uint)(10 + n), stem.AsSpan(stem.Length - n));
                Add(b, i, (uint)(13 + n), stem.AsSpan(0, n));
            }
        }
    }

    private void Add(FeatureBuffer b, int token, uint template, ReadOnlySpan<char> value)
    {
        var h = StableHash.Of(value, StableHash.Add(StableHash.Seed, template));
        b.Add(token, (int)(StableHash.Mix(h) & (uint)_mask));
    }

    private void Add(FeatureBuffer b, int token, uint template, string first, string second)
    {
        var h = StableHash.Of(first, StableHash.Add(StableHash.Seed, template));
        h = StableHash.Of(second, StableHash.Add(h, 0x7C));
        b.Add(token, (int)(StableHash.Mix(h) & (uint)_mask));
    }

    private void Add(FeatureBuffer b, int token, uint template, int x, int y, int z)
    {
        var h = StableHash.Add(StableHash.Add(StableHash.Add(StableHash.Add(StableHash.Seed, template), (uint)x), (uint)y), (uint)z);
        b.Add(token, (int)(StableHash.Mix(h) & (uint)_mask));
    }

    private static string Norm(WordInfo[] w, int i) => i >= 0 && i < w.Length ? w[i].Norm : Boundary;

    private static string Stem(WordInfo[] w, int i) => i >= 0 && i < w.Length ? w[i].Stem : Boundary;

    private static int KindAt(WordInfo[] w, int i) => i >= 0 && i < w.Length ? (int)w[i].Kind : 9;

    private static int GazAt(WordInfo[] w, int i) => i >= 0 && i < w.Length ? w[i].Gazetteer : 0;

    private static int TriggerAt(WordInfo[] w, int i) => i >= 0 && i < w.Length ? w[i].Trigger + 1 : 9;

    private static int CommonAt(WordInfo[] w, int i) => i >= 0 && i < w.Length ? (w[i].Common ? 1 : 0) : 2;

    // The last two letters of a neighbour: ية/ي mark an adjective (الاشتراكي), ون/ين a plural, not a name.
    private static int Suffix(WordInfo[] w, int i) =>
        i >= 0 && i < w.Length && w[i].Norm.Length >= 2 ? w[i].Norm[^1] | (w[i].Norm[^2] << 16) : 0;

    private static bool IsQuote(WordInfo[] w, int i) => i >= 0 && i < w.Length && QuoteMarks.IsQuote(w[i].Norm);
}
