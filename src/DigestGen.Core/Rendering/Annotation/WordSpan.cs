using System.Globalization;

namespace DigestGen.Rendering.Annotation;

/// <summary>
/// Widens a mention to the whole written word around it: "بالصين" links as one word rather
/// than "ب" + link("الصين"). Splitting a word between elements can break Arabic letter joining
/// (the clitic shows its final or isolated form), and a reader sees the clitic as part of the
/// name anyway. Quotes, hyphens and spaces stop the widening, so لـ"ديبسيك" keeps its quotes outside.
/// </summary>
internal static class WordSpan
{
    public static (int Start, int End) Widen(string text, int start, int end)
    {
        while (start > 0 && IsWordChar(text[start - 1]))
        {
            start--;
        }
        while (end < text.Length && IsWordChar(text[end]))
        {
            end++;
        }
        return (start, end);
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || c == '\u0640' || c == '\u200D' || c == '\u200C'
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
}
