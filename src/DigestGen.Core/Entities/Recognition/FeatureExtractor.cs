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
    private readonly uint _mask = (1u << bucketBits) - 1;
    private WordFacts? _boundary;

    /// <summary>The word outside the sentence, with this extractor's buckets.</summary>
    private WordFacts Boundary => _boundary ??= WithBuckets(new WordFacts("<s>", "<s>", "<s>", 8, false));

    public NerLexicon Lexicon => lexicon;

    public void Extract(SentenceInput s, FeatureBuffer buffer)
    {
        var words = Describe(s);
        buffer.Reset(s.Length);
        var context = new Context(words, s.Length, s.Quoted, Boundary);
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
                AddStackedFeatures(tags, s.FirstPassDoc!.Value, i, buffer);
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
            AddStackedFeatures(tags, s.FirstPassDoc!.Value, i, buffer);
        }
    }

    // The word itself: form, stem, clitics, affixes, script, length, commonness, quoting.
    private void AddWordFeatures(Context c, int i, FeatureBuffer b)
    {
        var cur = c.Words[i];
        var own = cur.F.Buckets;
        for (var k = 0; k < own.Length - Neighbourly; k++)
        {
            b.Add(i, own[k]); // templates 1–4, 10–17 and 19: see WithBuckets
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
        b.Add(i, c.At(i - 1).Buckets[^6]);
        b.Add(i, c.At(i + 1).Buckets[^5]);
        b.Add(i, c.At(i - 2).Buckets[^4]);
        b.Add(i, c.At(i + 2).Buckets[^3]);
        b.Add(i, c.At(i - 1).Buckets[^2]);
        b.Add(i, c.At(i + 1).Buckets[^1]);
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
    private void AddStackedFeatures(ArraySegment<int> tags, ArraySegment<int> doc, int i, FeatureBuffer b)
    {
        uint TagAt(int k) => (uint)k < (uint)tags.Count ? (uint)tags[k] : 15u;
        uint DocAt(int k) => (uint)k < (uint)doc.Count ? (uint)doc[k] : 0xFFFFu;
        Add(b, i, 80, TagAt(i));
        Add(b, i, 81, TagAt(i - 1), TagAt(i));
        Add(b, i, 82, TagAt(i), TagAt(i + 1));
        Add(b, i, 83, TagAt(i - 1), TagAt(i), TagAt(i + 1));
        Add(b, i, 84, DocAt(i));
        Add(b, i, 85, DocAt(i), TagAt(i));
        Add(b, i, 86, DocAt(i - 1), DocAt(i + 1), TagAt(i));
    }

    private void Add(FeatureBuffer b, int token, uint template, uint x, uint y = 0, uint z = 0) => b.Add(token, Bucket(template, x, y, z));

    private int Bucket(uint template, uint x, uint y = 0, uint z = 0)
    {
        var h = StableHash.Add(StableHash.Add(StableHash.Add(StableHash.Add(StableHash.Seed, template), x), y), z);
        return (int)(StableHash.Mix(h) & _mask);
    }

    /// <summary>How many of a word's <see cref="WordFacts.Buckets"/> are its features as a neighbour (the last ones).</summary>
    private const int Neighbourly = 6;

    /// <summary>
    /// Fills in the buckets of the features that read this word alone, which are the same wherever it
    /// stands, so a token adds them without hashing: first its own (the bias, templates 1–4, the affixes
    /// 10–17, the trigrams 19, in the order the templates add them), then its six as a neighbour (40–45).
    /// </summary>
    private WordFacts WithBuckets(WordFacts f)
    {
        var buckets = new List<int>(16 + f.Grams.Length)
        {
            Bucket(1, 0), Bucket(2, f.NormHash), Bucket(3, f.StemHash), Bucket(4, f.PrefixHash),
        };
        for (var k = 0; k < f.Affixes.Length; k++)
        {
            if (f.Affixes[k] != 0)
            {
                buckets.Add(Bucket((uint)(10 + k), f.Affixes[k]));
            }
        }

        foreach (var g in f.Grams)
        {
            buckets.Add(Bucket(19, g));
        }

        buckets.AddRange([Bucket(40, f.NormHash), Bucket(41, f.NormHash), Bucket(42, f.NormHash), Bucket(43, f.NormHash),
            Bucket(44, f.StemHash), Bucket(45, f.StemHash)]);
        f.Buckets = [.. buckets];
        f.BucketsOf = this;
        return f;
    }

    private static uint Bit(bool value) => value ? 1u : 0u;

    /// <summary>The described sentence, with the boundary word answered outside it.</summary>
    private readonly ref struct Context(WordInfo[] words, int length, bool[] quoted, WordFacts boundary)
    {
        public readonly WordInfo[] Words = words;
        public readonly bool[] Quoted = quoted;

        public WordFacts At(int i) => (uint)i < (uint)length ? Words[i].F : boundary;

        public uint Kind(int i) => (uint)i < (uint)length ? (uint)Words[i].Kind : 9;

        public int Gaz(int i) => (uint)i < (uint)length ? Words[i].Gazetteer : 0;

        public uint Trigger(int i) => (uint)i < (uint)length ? (uint)(Words[i].F.Trigger + 1) : 9;

        public int Doc(int i) => (uint)i < (uint)length ? Words[i].Doc : -1;

        public uint Memory(int i) => (uint)i < (uint)length ? Words[i].Memory : 999;

        public uint Common(int i) => (uint)i < (uint)length ? Bit(Words[i].F.Common) : 2;
    }
}
