using System.Globalization;
using System.Text;

namespace DigestGen.Arabic;

/// <summary>
/// Readable URL slugs. Arabic letters stay Arabic (browsers show them; servers get UTF-8) unless
/// <c>transliterate</c> asks for ASCII, as entity ids do. Never empty when the text has a letter
/// or digit, and never able to climb out of its folder ('/', '\\', "..").
/// </summary>
public static class Slugs
{
    public static string FromText(string text, bool transliterate = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (ArabicLetters.IsIgnorable(c))
            {
                continue;
            }

            if (!IsSlugChar(c))
            {
                pendingDash = builder.Length > 0;
                continue;
            }

            if (pendingDash)
            {
                builder.Append('-');
                pendingDash = false;
            }

            AppendChar(builder, c, transliterate);
        }

        return builder.ToString();
    }

    private static bool IsSlugChar(char c) =>
        ArabicLetters.IsArabicLetter(c) || ArabicLetters.IsDigit(c) || char.IsAsciiLetter(c)
        || (c > '\u007F' && char.IsLetter(c));

    private static void AppendChar(StringBuilder builder, char c, bool transliterate)
    {
        if (char.IsAsciiLetter(c))
        {
            builder.Append(char.ToLowerInvariant(c));
        }
        else if (ArabicLetters.IsDigit(c))
        {
            builder.Append(ArabicLetters.ToAsciiDigit(c));
        }
        else if (transliterate)
        {
            builder.Append(ToAsciiLetter(c));
        }
        else
        {
            builder.Append(char.ToLowerInvariant(c));
        }
    }

    private static string ToAsciiLetter(char c)
    {
        if (ArabicLetters.IsArabicLetter(c))
        {
            return Transliterator.ToAscii(c.ToString());
        }

        // Accented Latin and other scripts: keep the ASCII base letter when there is one.
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var ascii = new StringBuilder();
        foreach (var d in decomposed)
        {
            if (char.IsAsciiLetterOrDigit(d))
            {
                ascii.Append(char.ToLowerInvariant(d));
            }
        }

        return ascii.ToString();
    }
}
