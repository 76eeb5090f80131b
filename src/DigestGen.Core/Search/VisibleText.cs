using System.Buffers;
using System.Net;
using DigestGen.Content;

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
            return new string(buffer, 0, Write(html, buffer));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// What <see cref="Of"/> returns, written into <paramref name="into"/> (as long as the HTML at least) without
    /// making a string, and its length: the search index reads every body once, and these copies were a tenth
    /// of what it made.
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

    /// <summary>
    /// Decodes <paramref name="text"/> where it lies (a reference is longer than what it stands for), reading
    /// references as <see cref="WebUtility.HtmlDecode(string)"/> does: from an ampersand to the first semicolon,
    /// unless another ampersand comes first; one that stands for nothing stays as written.
    /// </summary>
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
            var stop = text[i] == '&' ? text[(i + 1)..].IndexOfAny(';', '&') : -1;
            var decoded = stop >= 0 && text[i + 1 + stop] == ';' ? HtmlText.Decode(text.Slice(i, stop + 2)) : null;
            if (decoded is null)
            {
                text[n++] = text[i++];
                continue;
            }
            decoded.CopyTo(text[n..]);
            n += decoded.Length;
            i += stop + 2;
        }
        return n;
    }
}
