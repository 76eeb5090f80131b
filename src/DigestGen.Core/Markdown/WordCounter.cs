namespace DigestGen.Markdown;

/// <summary>
/// Counts the words of an article's plain text (for its reading time and <c>word_count</c>) in one pass over
/// its characters. A word is a run of letters and digits, Arabic-Indic digits included; the marks written on
/// a word (harakat, shadda, sukun, the dagger alef) belong to it, so a vocalised "مُحَمَّدٌ" is one word, not
/// the four the letters between its marks would make. A mark with no word before it starts none.
/// </summary>
/// <remarks>
/// This was a regular expression (<c>[\p{L}\p{N}]+</c>), counted match by match: half of rendering the
/// Markdown of 10,000 articles. A table of every UTF-16 unit's class answers each character with one load.
/// </remarks>
public static class WordCounter
{
    private const byte Other = 0;
    private const byte WordPart = 1;
    private const byte Mark = 2;

    private static readonly byte[] Classes = BuildClasses();

    public static int Count(ReadOnlySpan<char> text)
    {
        var classes = Classes;
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            switch (classes[c])
            {
                case WordPart:
                    count += inWord ? 0 : 1;
                    inWord = true;
                    break;
                case Mark:
                    // Stays inside a word, starts none.
                    break;
                default:
                    inWord = false;
                    break;
            }
        }
        return count;
    }

    private static byte[] BuildClasses()
    {
        var classes = new byte[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            classes[c] = char.GetUnicodeCategory((char)c) switch
            {
                <= System.Globalization.UnicodeCategory.OtherLetter => WordPart,
                System.Globalization.UnicodeCategory.DecimalDigitNumber
                    or System.Globalization.UnicodeCategory.LetterNumber
                    or System.Globalization.UnicodeCategory.OtherNumber => WordPart,
                System.Globalization.UnicodeCategory.NonSpacingMark
                    or System.Globalization.UnicodeCategory.SpacingCombiningMark
                    or System.Globalization.UnicodeCategory.EnclosingMark => Mark,
                _ => Other,
            };
        }
        return classes;
    }
}
