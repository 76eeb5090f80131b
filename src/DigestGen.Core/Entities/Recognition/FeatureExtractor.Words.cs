using DigestGen.Arabic;

namespace DigestGen.Entities.Recognition;

/// <summary>The per-word facts the feature templates combine, computed once per token.</summary>
internal sealed partial class FeatureExtractor
{
    private WordInfo[] Describe(SentenceInput s)
    {
        var words = new WordInfo[s.Length];
        for (var i = 0; i < s.Length; i++)
        {
            var norm = s.Norms[i];
            var (prefix, stem) = Split(norm);
            words[i] = new WordInfo(norm, stem, prefix, s.Kinds[i], TriggerWords.ClassOf(norm), lexicon.IsCommon(norm),
                s.SiteFlags?[i] ?? 0);
        }

        MarkListedNames(s, words);
        return words;
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

            var flags = lexicon.LongestNameAt(s.Norms, i, s.Length, out var length);
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

    private static (string Prefix, string Stem) Split(string norm)
    {
        if (norm.Length < 4 || norm[0] is not ('و' or 'ف' or 'ب' or 'ك' or 'ل' or 'ا'))
        {
            return ("", norm);
        }

        var stem = Proclitics.StripDefinite(norm);
        if (!ReferenceEquals(stem, norm) && stem.Length < norm.Length)
        {
            return (norm[..(norm.Length - stem.Length)], stem);
        }

        // A bare conjunction on a long word is almost always و/ف "and/so" (وقال، فإن).
        return norm[0] is 'و' or 'ف' && norm.Length >= 5 ? (norm[..1], norm[1..]) : ("", norm);
    }

    private struct WordInfo(string norm, string stem, string prefix, TokenKind kind, int trigger, bool common, int site)
    {
        public readonly string Norm = norm;
        public readonly string Stem = stem;
        public readonly string Prefix = prefix;
        public readonly TokenKind Kind = kind;
        public readonly int Trigger = trigger;
        public readonly bool Common = common;
        public readonly int Site = site;
        public int Gazetteer;
    }
}
