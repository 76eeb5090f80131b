using System.Text;

namespace DigestGen.Arabic;

/// <summary>
/// The one place that folds Arabic spelling variation for matching: diacritics, tatweel,
/// alef/yeh/teh-marbuta forms, Persian letters, digits, bidi and zero-width marks.
/// </summary>
public static class ArabicNormalizer
{
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var folded = Fold(c);
            if (folded != '\0')
            {
                sb.Append(folded);
            }
        }
        return sb.ToString();
    }

    /// <summary>Folds one character; '\0' means "drop it".</summary>
    public static char Fold(char c) => c switch
    {
        >= '\u064B' and <= '\u0652' or '\u0670' or '\u0640' => '\0',
        >= '\u200B' and <= '\u200F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\uFEFF' => '\0',
        'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
        'ى' or 'ی' => 'ي',
        'ة' => 'ه',
        'ک' => 'ك',
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        _ => char.ToLowerInvariant(c),
    };
}
