using DigestGen.Entities.Recognition;

namespace DigestGen.Entities.Extraction;

/// <summary>
/// Pairs quotation marks by what touches them, not by counting: a straight quote opens when a
/// word follows it directly and closes when a word precedes it. Counting breaks on the stray
/// doubled marks real articles contain ("أنثروبيك"" و"غوغل").
/// </summary>
internal static class QuoteFinder
{
    public const int MaxWords = 6;

    /// <summary>Pairs (opening token, closing token) enclosing 1..<see cref="MaxWords"/> tokens.</summary>
    public static List<(int Open, int Close)> FindPairs(AnalyzedText text)
    {
        var pairs = new List<(int, int)>();
        var open = -1;
        for (var i = 0; i < text.Count; i++)
        {
            if (!QuoteMarks.IsQuote(text.Norms[i]))
            {
                continue;
            }

            if (open >= 0 && i - open - 1 > MaxWords)
            {
                open = -1; // a long quotation is speech; this mark closes it
                continue;
            }

            if (open >= 0 && i > open + 1 && ClosesHere(text, i))
            {
                pairs.Add((open, i));
                open = -1;
            }
            else if (OpensHere(text, i))
            {
                open = i;
            }
        }

        return pairs;
    }

    private static bool OpensHere(AnalyzedText text, int i)
    {
        var t = text.Norms[i];
        if (QuoteMarks.IsClosing(t))
        {
            return false;
        }

        var end = text.Tokens[i].End;
        return end < text.Text.Length && !char.IsWhiteSpace(text.Text[end]) && i + 1 < text.Count && text.IsWord(i + 1);
    }

    private static bool ClosesHere(AnalyzedText text, int i)
    {
        var t = text.Norms[i];
        if (QuoteMarks.IsOpening(t))
        {
            return false;
        }

        var start = text.Tokens[i].Start;
        return start > 0 && !char.IsWhiteSpace(text.Text[start - 1]);
    }
}
