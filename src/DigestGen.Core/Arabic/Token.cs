namespace DigestGen.Arabic;

/// <summary>A token of a text, by UTF-16 offsets into the original string (never a copy), so
/// every later stage can point back at exactly what the author wrote.</summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    public int End => Start + Length;

    public ReadOnlySpan<char> Span(string text) => text.AsSpan(Start, Length);

    public string Text(string text) => text.Substring(Start, Length);

    public bool IsWord => Kind != TokenKind.Punctuation;
}
