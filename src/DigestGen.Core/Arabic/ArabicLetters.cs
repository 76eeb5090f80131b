namespace DigestGen.Arabic;

/// <summary>
/// Character classes shared by the normaliser, the tokenizer and the slugger, so that all three
/// agree on what is a letter, a mark to drop, or a digit.
/// </summary>
public static class ArabicLetters
{
    public const char Tatweel = '\u0640';

    /// <summary>Harakat, tanwin, shadda, sukun (U+064B–U+0652) and the superscript alef (U+0670).</summary>
    public static bool IsDiacritic(char c) => c is >= '\u064B' and <= '\u0652' or '\u0670';

    /// <summary>Bidi controls and zero-width characters that editors paste in invisibly.</summary>
    public static bool IsInvisibleMark(char c) =>
        c is >= '\u200B' and <= '\u200F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\uFEFF';

    /// <summary>True for characters that normalisation removes without trace.</summary>
    public static bool IsIgnorable(char c) => IsDiacritic(c) || c == Tatweel || IsInvisibleMark(c);

    /// <summary>Letters of the Arabic script (base letters, Persian/Urdu additions), not marks or digits.</summary>
    public static bool IsArabicLetter(char c) =>
        c is >= '\u0621' and <= '\u063A' or >= '\u0641' and <= '\u064A' or >= '\u0671' and <= '\u06D3' or '\u06D5'
            or >= '\u06EE' and <= '\u06EF' or >= '\u06FA' and <= '\u06FC' or >= '\u0750' and <= '\u077F';

    public static bool IsLatinLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' || (c >= '\u00C0' && c <= '\u024F' && char.IsLetter(c));

    /// <summary>ASCII, Arabic-Indic (U+0660–U+0669) and Persian (U+06F0–U+06F9) digits.</summary>
    public static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '\u0660' and <= '\u0669' or >= '\u06F0' and <= '\u06F9';

    /// <summary>The ASCII digit for any digit <see cref="IsDigit"/> accepts.</summary>
    public static char ToAsciiDigit(char c) => c switch
    {
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        _ => c,
    };

    /// <summary>A character that belongs inside a word token: a letter, a digit, a mark or tatweel.</summary>
    public static bool IsWordChar(char c) =>
        IsArabicLetter(c) || IsLatinLetter(c) || IsDigit(c) || IsDiacritic(c) || c == Tatweel || (c > '\u007F' && char.IsLetter(c));
}
