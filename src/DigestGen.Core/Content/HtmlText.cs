using System.Net;

namespace DigestGen.Content;

/// <summary>
/// The character references HTML text and quoted attribute values need, the same set
/// <c>WebUtility.HtmlEncode</c> writes for them: one table for every writer that escapes as it copies,
/// and for every reader that decodes (<see cref="Decode"/>).
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

    /// <summary>
    /// What one whole reference (<c>&amp;quot;</c>, <c>&amp;#1575;</c>, <c>&amp;nbsp;</c>) stands for, as
    /// <see cref="WebUtility.HtmlDecode(string)"/> reads it, or null when it stands for nothing and is text.
    /// The references Markdig writes are answered without a string.
    /// </summary>
    public static string? Decode(ReadOnlySpan<char> reference)
    {
        switch (reference)
        {
            case "&quot;":
                return "\"";
            case "&amp;":
                return "&";
            case "&lt;":
                return "<";
            case "&gt;":
                return ">";
            case "&#39;":
                return "'";
        }
        var decoded = WebUtility.HtmlDecode(reference.ToString());
        return decoded.Length == reference.Length ? null : decoded;
    }
}
