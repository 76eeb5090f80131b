namespace DigestGen.Content;

/// <summary>
/// The character references HTML text and quoted attribute values need, the same set
/// <c>WebUtility.HtmlEncode</c> writes for them: one table for every writer that escapes as it copies.
/// </summary>
public static class HtmlText
{
    /// <summary>The characters <see cref="Entity"/> replaces.</summary>
    public const string Special = "&<>\"'";

    /// <summary>The reference for <paramref name="c"/>, or null when it is written as it is.</summary>
    public static string? Entity(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#39;",
        _ => null,
    };
}
