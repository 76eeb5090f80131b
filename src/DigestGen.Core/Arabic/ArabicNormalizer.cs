using System.Text;

namespace DigestGen.Arabic;

/// <summary>
/// The one normal form used for matching (gazetteer, recogniser features, search): spellings
/// that Arabic writers use interchangeably collapse to one, so "أبل" finds "آبل" and "مدرسة"
/// finds "مدرسه". Never shown to readers; slugs and mentions keep the original text.
/// </summary>
public static class ArabicNormalizer
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsAlreadyNormal(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var n = NormalizeChar(c);
            if (n != '\0')
            {
                builder.Append(n);
            }
        }

        return builder.ToString();
    }

    /// <summary>Normalises <paramref name="source"/> into <paramref name="destination"/> (at least as long);
    /// returns the number of characters written. Allocation-free, for the hot extraction path.</summary>
    public static int Normalize(ReadOnlySpan<char> source, Span<char> destination)
    {
        var n = 0;
        foreach (var c in source)
        {
            var m = NormalizeChar(c);
            if (m != '\0')
            {
                destination[n++] = m;
            }
        }

        return n;
    }

    // Every character below U+0700 (ASCII, Latin, the Arabic block) answered from a table made from the rules
    // below: matching normalises every character of every article more than once, and the rules asked up to
    // five questions of each Arabic letter.
    private static readonly char[] Low = [.. Enumerable.Range(0, 0x0700).Select(c => Rule((char)c))];

    /// <summary>The normal form of one character, or '\0' when normalisation drops it.</summary>
    public static char NormalizeChar(char c) => c < (char)Low.Length ? Low[c] : Rule(c);

    private static char Rule(char c)
    {
        if (c < '\u0080')
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        if (ArabicLetters.IsIgnorable(c))
        {
            return '\0';
        }

        return c switch
        {
            'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
            'ى' or 'ی' or 'ي' => 'ي',
            'ة' => 'ه',
            'ک' => 'ك',
            _ when ArabicLetters.IsDigit(c) => ArabicLetters.ToAsciiDigit(c),
            _ when ArabicLetters.IsLatinLetter(c) => char.ToLowerInvariant(c),
            _ => c,
        };
    }

    /// <summary>How many UTF-16 units of <paramref name="original"/> hold its first
    /// <paramref name="normalizedCount"/> normalised characters, plus any marks or tatweel right
    /// after them: maps a clitic cut made on the normal form back onto the text as written.</summary>
    public static int SurfaceOffset(ReadOnlySpan<char> original, int normalizedCount)
    {
        var i = 0;
        for (var seen = 0; i < original.Length && seen < normalizedCount; i++)
        {
            if (NormalizeChar(original[i]) != '\0')
            {
                seen++;
            }
        }

        while (i < original.Length && ArabicLetters.IsIgnorable(original[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsAlreadyNormal(string text)
    {
        foreach (var c in text)
        {
            if (NormalizeChar(c) != c)
            {
                return false;
            }
        }

        return true;
    }
}
