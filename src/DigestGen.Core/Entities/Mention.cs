namespace DigestGen.Entities;

/// <summary>A span of an article's plain body text; offsets in UTF-16 code units.</summary>
public sealed record Mention(string Text, int Start, int Length)
{
    public int End => Start + Length;
}
