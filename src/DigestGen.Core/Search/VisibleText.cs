using System.Buffers;
using System.Net;

namespace DigestGen.Search;

/// <summary>
/// The text a reader sees in an article body's HTML, footnotes and editors' asides included (the
/// plain text the entity offsets index leaves some of them out). Tags become spaces so words on
/// either side of a tag never glue together.
/// </summary>
public static class VisibleText
{
    public static string Of(string html)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(html.Length, 1));
        try
        {
            return WebUtility.HtmlDecode(new string(buffer, 0, StripTags(html, buffer)));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// What <see cref="Of"/> returns, written into <paramref name="into"/> (as long as the HTML at least) without
    /// making a string: the search index reads every body once, and these copies were a tenth of what it made.
    /// Decodes the references Markdig writes (<c>&amp;quot; &amp;amp; &amp;lt; &amp;gt; &amp;#39;</c>); returns -1 for
    /// text holding any other (raw HTML with <c>&amp;nbsp;</c>), which <see cref="Of"/> decodes in full.
    /// </summary>
    public static int Write(string html, Span<char> into) => Decode(into[..StripTags(html, into)]);

    /// <summary>The HTML without its tags, each tag a space; returns the length written.</summary>
    private static int StripTags(string html, Span<char> into)
    {
        var n = 0;
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<')
            {
                inTag = true;
                into[n++] = ' ';
            }
            else if (c == '>' && inTag)
            {
                inTag = false;
            }
            else if (!inTag)
            {
                into[n++] = c;
            }
        }
        return n;
    }

    /// <summary>Decodes <paramref name="text"/> where it lies (a reference is longer than its character); -1 when
    /// a reference other than Markdig's may be there, as <see cref="WebUtility.HtmlDecode(string)"/> reads one:
    /// an ampersand with a semicolon before the next ampersand.</summary>
    private static int Decode(Span<char> text)
    {
        var amp = text.IndexOf('&');
        if (amp < 0)
        {
            return text.Length;
        }
        var n = amp;
        for (var i = amp; i < text.Length;)
        {
            if (text[i] != '&')
            {
                text[n++] = text[i++];
                continue;
            }
            var rest = text[(i + 1)..];
            var (decoded, length) = rest switch
            {
                _ when rest.StartsWith("quot;") => ('"', 6),
                _ when rest.StartsWith("amp;") => ('&', 5),
                _ when rest.StartsWith("lt;") => ('<', 4),
                _ when rest.StartsWith("gt;") => ('>', 4),
                _ when rest.StartsWith("#39;") => ('\'', 5),
                _ => ('&', 1),
            };
            if (length == 1 && rest.IndexOfAny(';', '&') is var stop && stop >= 0 && rest[stop] == ';')
            {
                return -1;
            }
            text[n++] = decoded;
            i += length;
        }
        return n;
    }
}
