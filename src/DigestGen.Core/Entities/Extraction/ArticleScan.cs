using DigestGen.Arabic;
using DigestGen.Entities.Matching;
using DigestGen.Entities.Recognition;

namespace DigestGen.Entities.Extraction;

/// <summary>
/// Word-level questions the rules ask about an article's tokens: is it common, is it a trigger,
/// where does a name written with clitics really start, what is its key. One place, so the rules,
/// the recogniser spans and repeated mentions all cut names alike.
/// </summary>
internal sealed class ArticleScan(AnalyzedText text, NerLexicon lexicon)
{
    public AnalyzedText Text => text;

    public NerLexicon Lexicon => lexicon;

    public bool IsCommon(int i) => lexicon.IsCommon(text.Norms[i]) || FunctionWords.Contains(text.Norms[i]);

    public static bool IsFunctionWord(string normalizedWord) => FunctionWords.Contains(normalizedWord);

    public static bool IsFunctionWord(ReadOnlySpan<char> normalizedWord) => FunctionWordSpans.Contains(normalizedWord);

    public bool IsListedName(string normalizedWord) => lexicon.IsListedName(normalizedWord);

    /// <summary>Tanwin (ـً ـٍ ـٌ) marks an indefinite common word in context (انفتاحاً): names do not take it.</summary>
    public bool HasTanwin(int i)
    {
        foreach (var c in text.Tokens[i].Span(text.Text))
        {
            if (c is '\u064B' or '\u064C' or '\u064D')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The trigger class of word token i read with or without its clitics (see
    /// <see cref="WordForm.TriggerClass"/>), or -1.</summary>
    public int TriggerClassAt(int i)
    {
        if (i < 0 || i >= text.Count || !text.IsWord(i))
        {
            return -1;
        }

        return text.Form(i).TriggerClass;
    }

    /// <summary>Where a name starting at token i begins once its clitics are left out, and the first
    /// word of its key: والصين → الصين, للصين → الصين (whole word kept), وطارق → طارق; but وليد stays.</summary>
    public (string Stem, int Skip) NameStart(int i)
    {
        var norm = text.Norms[i];
        if (norm.Length < 4 || text.Tokens[i].Kind != TokenKind.Arabic)
        {
            return (norm, 0);
        }

        foreach (var split in text.Readings(i))
        {
            if (split.HasPrefix && split.Stem.StartsWith("ال", StringComparison.Ordinal) && split.Stem.Length >= 4)
            {
                return (split.Stem, split.SurfaceSkip);
            }
        }

        var rest = norm[1..];
        // و "and" glued to a name is common news style (وطارق); ف "so" before a name is rare, and
        // foreign names start with ف (فابريس، فرنانديس، فريدون): strip it only before a listed name.
        var strip = norm[0] is 'و' ? IsListedName(rest) || (!IsListedName(norm) && norm.Length >= 5 && !lexicon.IsCommon(rest))
            : norm[0] is 'ف' ? IsListedName(rest)
            : norm[0] is 'ب' or 'ل' or 'ك' && IsListedName(rest) && !IsListedName(norm);
        return strip ? (rest, 1) : (norm, 0);
    }

    /// <summary>The normalised key of the name on tokens [first, last]: the words joined by spaces,
    /// the first without clitics. Punctuation inside (a hyphen) is left out.</summary>
    /// <remarks>Written straight into the key's string (every candidate has one), not gathered in a list and joined.</remarks>
    public string KeyOf(int first, int last, out int start)
    {
        var (stem, skip) = NameStart(first);
        start = text.StartAfterClitics(first, skip);
        var length = stem.Length;
        for (var k = first + 1; k <= last; k++)
        {
            if (text.IsWord(k))
            {
                length += 1 + text.Norms[k].Length;
            }
        }

        if (length == stem.Length)
        {
            return stem;
        }

        return string.Create(length, (Text: text, Stem: stem, First: first, Last: last), static (key, name) =>
        {
            name.Stem.CopyTo(key);
            var at = name.Stem.Length;
            for (var k = name.First + 1; k <= name.Last; k++)
            {
                if (name.Text.IsWord(k))
                {
                    key[at++] = ' ';
                    name.Text.Norms[k].CopyTo(key[at..]);
                    at += name.Text.Norms[k].Length;
                }
            }
        });
    }

    private static readonly HashSet<string> FunctionWords = new(new[]
    {
        "في", "من", "على", "الى", "إلى", "عن", "مع", "أن", "إن", "ان", "لا", "لم", "لن", "قد", "ما", "هذا", "هذه", "ذلك", "تلك",
        "التي", "الذي", "الذين", "هو", "هي", "هم", "كان", "كانت", "بعد", "قبل", "خلال", "حول", "بين", "عند", "منذ", "أو", "ثم",
        "كما", "لكن", "حتى", "إذا", "اذا", "وقد", "ولا", "كل", "غير", "أي", "نحو", "ضد", "عبر", "لدى", "أمام", "يوم", "أمس", "اليوم",
        "فإن", "وإن", "لأن", "بأن", "وأن", "كأن", "إنه", "أنه", "إنها", "أنها",
    }.Select(ArabicNormalizer.Normalize), StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWordSpans = FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();
}
