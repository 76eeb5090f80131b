using DigestGen.Arabic;
using DigestGen.Entities.Matching;

namespace DigestGen.Entities.Recognition;

/// <summary>The per-word facts the feature templates combine, computed once per token.</summary>
internal sealed partial class FeatureExtractor
{
    private const int MaxCachedWords = 200_000;
    private readonly WordCache<WordFacts> _facts = new(MaxCachedWords);

    [ThreadStatic]
    private static WordInfo[]? s_words;

    // One array per thread, reused for every sentence: describing a sentence allocates nothing.
    private WordInfo[] Describe(SentenceInput s)
    {
        var words = s_words is { } pooled && pooled.Length >= s.Length ? pooled : s_words = new WordInfo[Math.Max(64, s.Length * 2)];
        var known = s.Facts.Count == s.Length && s.Length > 0 && ReferenceEquals(s.Facts[0].BucketsOf, this);
        for (var i = 0; i < s.Length; i++)
        {
            var facts = known ? s.Facts[i] : FactsOf(s.Norms[i]);
            words[i] = new WordInfo(facts, s.Kinds[i], s.SiteFlags?[i] ?? 0, s.DocFlags?[i] ?? 0)
            {
                Memory = (s.HeldOut is { } held ? facts.Stat.Minus(held[i]) : facts.Stat).Code,
            };
        }

        MarkListedNames(s, words);
        return words;
    }

    /// <summary>The cached per-word facts; the cache stops growing at a bound so a long-running
    /// process cannot fill memory with rare words.</summary>
    public WordFacts FactsOf(string norm)
    {
        if (_facts.TryGetValue(norm, out var f))
        {
            return f;
        }

        var (prefix, stem) = Split(norm);
        f = WithBuckets(new WordFacts(norm, prefix, stem, TriggerWords.ClassOf(norm), lexicon.IsCommon(norm), lexicon.StatOf(norm))
        {
            NameStarts = lexicon.StartsOf(norm),
        });
        return _facts.Add(norm, f);
    }

    /// <summary>The facts of every word of a document, looked up once for all the steps that read them.</summary>
    public WordFacts[] FactsOf(IReadOnlyList<string> norms)
    {
        var facts = new WordFacts[norms.Count];
        for (var i = 0; i < facts.Length; i++)
        {
            facts[i] = FactsOf(norms[i]);
        }

        return facts;
    }

    // B/I position inside a listed name, per class: "B-LOC" for بكين, "B-PERS"+"I-PERS" for جاك شيراك.
    private void MarkListedNames(SentenceInput s, WordInfo[] words)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (s.Kinds[i] == TokenKind.Punctuation)
            {
                continue;
            }

            // The segment's own array, read in place: a segment passed as a list would be boxed per token.
            var flags = lexicon.LongestNameAt(s.Norms.Array!, s.Norms.Offset + i, s.Norms.Offset + s.Length, words[i].F.NameStarts, out var length);
            if (flags == 0)
            {
                continue;
            }

            words[i].Gazetteer |= flags;
            for (var j = i + 1; j < i + length; j++)
            {
                words[j].Gazetteer |= flags << 4;
            }
        }
    }

    internal static (string Prefix, string Stem) Split(string norm)
    {
        if (norm.Length < 4 || norm[0] is not ('و' or 'ف' or 'ب' or 'ك' or 'ل' or 'ا'))
        {
            return ("", norm);
        }

        var stem = CliticReadings.StripDefinite(norm);
        if (!ReferenceEquals(stem, norm) && stem.Length < norm.Length)
        {
            return (norm[..(norm.Length - stem.Length)], stem);
        }

        // A bare conjunction on a long word is almost always و/ف "and/so" (وقال، فإن).
        return norm[0] is 'و' or 'ف' && norm.Length >= 5 ? (norm[..1], norm[1..]) : ("", norm);
    }

    private struct WordInfo(WordFacts facts, TokenKind kind, int site, int doc)
    {
        public readonly WordFacts F = facts;
        public readonly TokenKind Kind = kind;
        public readonly int Site = site;
        public readonly int Doc = doc;
        public int Gazetteer;

        /// <summary><see cref="WordStat.Code"/> of the word, without its own tenth of the corpus when training.</summary>
        public uint Memory;
    }
}
