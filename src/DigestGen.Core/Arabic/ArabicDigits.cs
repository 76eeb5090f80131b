using DigestGen.Content;

namespace DigestGen.Arabic;

public static class ArabicDigits
{
    /// <summary>Writes ASCII digits as Arabic-Indic ones (٠١٢…) when configured.</summary>
    public static string Apply(string text, DigitStyle style)
    {
        if (style == DigitStyle.Latin)
        {
            return text;
        }
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= '0' and <= '9' ? (char)('\u0660' + (c - '0')) : c;
            }
        });
    }
}
