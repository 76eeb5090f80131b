namespace DigestGen.Arabic;

public enum TokenKind
{
    /// <summary>A word in Arabic script (possibly with marks and tatweel).</summary>
    Arabic,

    /// <summary>A word in Latin script, possibly with digits, dots or hyphens inside: Qwen3, DeepSeek-R1.</summary>
    Latin,

    /// <summary>Digits only (any digit script), possibly with inner separators: 2.5, 2025, ٢٠٢٥.</summary>
    Number,

    /// <summary>One punctuation or symbol character.</summary>
    Punctuation,
}
