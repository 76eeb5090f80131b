using DigestGen.Arabic;

namespace DigestGen.Entities.Recognition;

/// <summary>
/// Turns a sentence into hashed feature buckets per token: the word, its normal form and
/// clitic-stripped stem, affixes, neighbours, trigger words, list membership, quoting, script.
/// Hashing (no feature dictionary) keeps the model small; combining the per-word hashes cached in
/// <see cref="WordFacts"/> keeps extraction free of allocation.
/// </summary>
internal sealed partial class FeatureExtractor(NerLexicon lexicon, int bucketBits)
{
    private static readonly WordFacts Boundary = new("<s>", "<s>", "<s>", 8, false);
    private readonly uint _mask = (1u << bucketBits) - 1;

    public NerLexicon Lexicon => lexicon;

    public void Extract(SentenceInput s, FeatureBuffer buffer)
    {
        var words = Describe(s);
        buffer.Reset(s.Length);
        var context = new Context(words, s.Length, s.Quoted);
        for (var i = 0; i < s.Length; i++)
        {
            AddWordFeatures(context, i, buffer);
            AddNeighbourFeatures(context, i, buffer);
            AddTriggerFeatures(context, i, buffer);
            AddDocumentFeatures(context, i, buffer);
            if (lexicon.Stats.Count > 0)
            {
                AddMemoryFeatures(context, i, buffer);
            }

            if (s.FirstPass is { } tags)
            {
                AddStackedFeatures(tags, s.FirstPassDoc!, i, buffer);
            }
        }
    }

    /// <summary>Adds only the stacked features of a second-pass sentence to a buffer that holds its
    /// other features already (they are the first pass's: same words, same buckets).</summary>
    public void AddStacked(SentenceInput s, FeatureBuffer buffer)
    {
        var tags = s.FirstPass ?? throw new ArgumentException("a second-pass sentence has the first pass's tags", nameof(s));
        for (var i = 0; i < s.Length; i++)
        {
            AddStackedFeatures(tags, s.FirstPassDoc!, i, buffer);
        }
    }

    // The word itself: form, stem, clitics, affixes, script, length, commonness, quoting.
    private void AddWordFeatures(Context c, int i, FeatureBuffer b)
    {
        var cur = c.Words[i];
        Add(b, i, 1, 0);
        Add(b, i, 2, cur.F.NormHash);
        Add(b, i, 3, cur.F.StemHash);
        Add(b, i, 4, cur.F.PrefixHash);
        for (var k = 0; k < cur.F.Affixes.Length; k++)
        {
            if (cur.F.Affixes[k] != 0)
            {
                Add(b, i, (uint)(10 + k), cur.F.Affixes[k]);
            }
        }

        foreach (var g in cur.F.Grams)
        {
            Add(b, i, 19, g);
        }

        Add(b, i, 20, (uint)cur.Kind, c.Kind(i - 1), c.Kind(i + 1));
        Add(b, i, 21, c.Kind(i - 2), (uint)cur.Kind, c.Kind(i + 2));
        Add(b, i, 22, (uint)Math.Min(cur.F.Stem.Length, 10), Bit(cur.F.Common), cur.F.PrefixHash);
        Add(b, i, 23, Bit(c.Quoted[i]), Bit(c.At(i - 1).IsQuote), Bit(c.At(i + 1).IsQuote));
        Add(b, i, 24, Bit(cur.F.Common), c.Common(i - 1), c.Common(i + 1));
        Add(b, i, 25, (uint)cur.Site, (uint)(c.Gaz(i - 1) | c.Gaz(i + 1)));
        Add(b, i, 26, (uint)cur.Gazetteer);
        Add(b, i, 27, (uint)cur.Gazetteer, (uint)c.Gaz(i - 1), c.Trigger(i - 1));
        Add(b, i, 28, (uint)cur.Gazetteer, c.Common(i + 1), c.Trigger(i - 2));
        Add(b, i, 29, (uint)cur.Gazetteer, cur.F.PrefixHash, c.At(i + 1).PrefixHash);
    }

    // The words around it, alone and paired with it.
    private void AddNeighbourFeatures(Context c, int i, FeatureBuffer b)
    {
        var cur = c.Words[i].F;
        Add(b, i, 40, c.At(i - 1).NormHash);
        Add(b, i, 41, c.At(i + 1).NormHash);
        Add(b, i, 42, c.At(i - 2).NormHash);
        Add(b, i, 43, c.At(i + 2).NormHash);
        Add(b, i, 44, c.At(i - 1).StemHash);
        Add(b, i, 45, c.At(i + 1).StemHash);
        Add(b, i, 46, c.At(i - 1).NormHash, cur.NormHash);
        Add(b, i, 47, cur.NormHash, c.At(i + 1).NormHash);
        Add(b, i, 48, c.At(i - 1).StemHash, cur.StemHash);
        Add(b, i, 49, cur.StemHash, c.At(i + 1).StemHash);
        Add(b, i, 50, c.At(i - 1).StemHash, c.At(i - 2).StemHash);
        Add(b, i, 51, c.At(i + 1).StemHash, c.At(i + 2).StemHash);
        Add(b, i, 52, c.At(i + 1).Tail, Bit(cur.Common));
        Add(b, i, 53, c.At(i - 1).Tail, (uint)c.Words[i].Gazetteer);
        Add(b, i, 54, c.At(i + 1).PrefixHash, c.At(i + 1).Affixes[0], Bit(cur.Common));
        Add(b, i, 55, c.At(i - 1).PrefixHash, cur.PrefixHash);
    }

    // Trigger words before and after (الرئيس …, شركة …, … رئيس), with what the word looks like.
    private void AddTriggerFeatures(Context c, int i, FeatureBuffer b)
    {
        var cur = c.Words[i].F;
        Add(b, i, 60, c.Trigger(i - 1), c.Trigger(i - 2));
        Add(b, i, 61, c.Trigger(i + 1), (uint)(cur.Trigger + 1));
        Add(b, i, 62, c.Trigger(i - 1), cur.Tail);
        Add(b, i, 63, c.Trigger(i - 1), Bit(cur.Common), cur.PrefixHash);
        Add(b, i, 64, c.Trigger(i - 2), c.At(i - 1).Tail, Bit(cur.Common));
        Add(b, i, 65, c.At(i - 1).StemHash, Bit(cur.Common), c.Kind(i));
        Add(b, i, 66, c.Trigger(i + 1), c.Trigger(i + 2), c.Common(i + 1));
    }

    // The same word's other occurrences in the article (see DocumentEvidence).
    private void AddDocumentFeatures(Context c, int i, FeatureBuffer b)
    {
        var cur = c.Words[i];
        if (cur.Doc != 0)
        {
            Add(b, i, 70, (uint)cur.Doc);
            Add(b, i, 71, (uint)cur.Doc, Bit(cur.F.Common), c.Trigger(i - 1));
        }

        Add(b, i, 72, (uint)c.Doc(i - 1), (uint)c.Doc(i + 1), cur.Doc == 0 ? 0u : 1u);
    }

    // What the training text did with this word and its neighbours elsewhere (see WordStat).
    private void AddMemoryFeatures(Context c, int i, FeatureBuffer b)
    {
        var cur = c.Words[i];
        Add(b, i, 100, cur.Memory);
        Add(b, i, 101, cur.Memory, c.Trigger(i - 1));
        Add(b, i, 102, c.Memory(i - 1), cur.Memory);
        Add(b, i, 103, cur.Memory, c.Memory(i + 1));
    }

    // The first pass's opinion on this word, its neighbours and its other occurrences (second pass only).
    private void AddStackedFeatures(int[] tags, int[] doc, int i, FeatureBuffer b)
    {
        uint TagAt(int k) => (uint)k < (uint)tags.Length ? (uint)tags[k] : 15u;
        uint DocAt(int k) => (uint)k < (uint)doc.Length ? (uint)doc[k] : 0xFFFFu;
        Add(b, i, 80, TagAt(i));
        Add(b, i, 81, TagAt(i - 1), TagAt(i));
        Add(b, i, 82, TagAt(i), TagAt(i + 1));
        Add(b, i, 83, TagAt(i - 1), TagAt(i), TagAt(i + 1));
        Add(b, i, 84, DocAt(i));
        Add(b, i, 85, DocAt(i), TagAt(i));
        Add(b, i, 86, DocAt(i - 1), DocAt(i + 1), TagAt(i));
    }

    private void Add(FeatureBuffer b, int token, uint template, uint x, uint y = 0, uint z = 0)
    {
        var h = StableHash.Add(StableHash.Add(StableHash.Add(StableHash.Add(StableHash.Seed, template), x), y), z);
        b.Add(token, (int)(StableHash.Mix(h) & _mask));
    }

    private static uint Bit(bool value) => value ? 1u : 0u;

    /// <summary>The described sentence, with the boundary word answered outside it.</summary>
    private readonly ref struct Context(WordInfo[] words, int length, bool[] quoted)
    {
        public readonly WordInfo[] Words = words;
        public readonly bool[] Quoted = quoted;

        public WordFacts At(int i) => (uint)i < (uint)length ? Words[i].F : Boundary;

        public uint Kind(int i) => (uint)i < (uint)length ? (uint)Words[i].Kind : 9;

        public int Gaz(int i) => (uint)i < (uint)length ? Words[i].Gazetteer : 0;

        public uint Trigger(int i) => (uint)i < (uint)length ? (uint)(Words[i].F.Trigger + 1) : 9;

        public int Doc(int i) => (uint)i < (uint)length ? Words[i].Doc : -1;

        public uint Memory(int i) => (uint)i < (uint)length ? Words[i].Memory : 999;

        public uint Common(int i) => (uint)i < (uint)length ? Bit(Words[i].F.Common) : 2;
    }
}
