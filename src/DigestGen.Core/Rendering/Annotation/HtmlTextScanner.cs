using DigestGen.Content;

namespace DigestGen.Rendering.Annotation;

/// <summary>
/// Reads the body HTML the Markdown stage made (well formed: Markdig's output, raw HTML only
/// after sanitising) in one pass and yields its text runs with what they may become. No DOM is
/// built: a stack of open elements is enough to tell prose from links, code and headings, and
/// the runs keep their offsets so the annotated body is the same string with wrappers inserted.
/// </summary>
internal static class HtmlTextScanner
{
    private static readonly HashSet<string> UntouchableTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "code", "pre", "kbd", "samp", "script", "style", "template", "textarea", "svg", "math", "button",
    };

    private static readonly HashSet<string> HeadingTags = new(StringComparer.OrdinalIgnoreCase) { "h1", "h2", "h3", "h4", "h5", "h6" };

    private static readonly HashSet<string> VoidTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    // Elements whose content is text up to their end tag, never markup.
    private static readonly HashSet<string> RawTextTags = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea" };

    // Rendered by the Markdown stage but left out of the plain text: aside labels and footnotes.
    private static readonly string[] AbsentClasses = ["annotation__label", "footnotes", "footnote-ref"];

    private readonly record struct Open(string Name, SlotKind Kind);

    public static List<TextRun> Scan(string html)
    {
        var runs = new List<TextRun>();
        var stack = new List<Open>();
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            var end = lt < 0 ? html.Length : lt;
            if (end > i)
            {
                runs.Add(Decode(html, i, end, Current(stack)));
            }
            if (lt < 0)
            {
                break;
            }
            i = ReadTag(html, lt, stack, runs);
        }
        return runs;
    }

    private static SlotKind Current(List<Open> stack) => stack.Count == 0 ? SlotKind.Prose : stack[^1].Kind;

    /// <summary>Reads the markup at <paramref name="at"/> (a tag, comment or declaration); returns where text resumes.</summary>
    private static int ReadTag(string html, int at, List<Open> stack, List<TextRun> runs)
    {
        if (string.CompareOrdinal(html, at, "<!--", 0, 4) == 0)
        {
            var close = html.IndexOf("-->", at + 4, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }
        var gt = html.IndexOf('>', at);
        if (gt < 0)
        {
            return html.Length;
        }
        var closing = at + 1 < html.Length && html[at + 1] == '/';
        var nameStart = at + (closing ? 2 : 1);
        var nameEnd = nameStart;
        while (nameEnd < gt && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
        {
            nameEnd++;
        }
        if (nameEnd == nameStart)
        {
            return gt + 1; // <!DOCTYPE>, <?…?> or a stray "<" that Markdig escaped anyway
        }
        var name = html[nameStart..nameEnd];
        if (closing)
        {
            Close(stack, name);
            return gt + 1;
        }
        if (VoidTags.Contains(name) || html[gt - 1] == '/')
        {
            return gt + 1;
        }
        var kind = KindInside(Current(stack), name, html.AsSpan(nameEnd, gt - nameEnd));
        if (RawTextTags.Contains(name))
        {
            var endTag = html.IndexOf("</" + name, gt + 1, StringComparison.OrdinalIgnoreCase);
            var stop = endTag < 0 ? html.Length : endTag;
            if (stop > gt + 1)
            {
                runs.Add(Decode(html, gt + 1, stop, kind == SlotKind.Absent ? kind : SlotKind.Untouchable));
            }
            return stop;
        }
        stack.Add(new Open(name, kind));
        return gt + 1;
    }

    private static void Close(List<Open> stack, string name)
    {
        for (var k = stack.Count - 1; k >= 0; k--)
        {
            if (string.Equals(stack[k].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                stack.RemoveRange(k, stack.Count - k);
                return;
            }
        }
    }

    /// <summary>Absent wins over untouchable, which wins over heading, whatever the nesting order.</summary>
    private static SlotKind KindInside(SlotKind outer, string name, ReadOnlySpan<char> attributes)
    {
        if (outer == SlotKind.Absent || HasAbsentClass(attributes))
        {
            return SlotKind.Absent;
        }
        if (outer == SlotKind.Untouchable || UntouchableTags.Contains(name))
        {
            return SlotKind.Untouchable;
        }
        return outer == SlotKind.Heading || HeadingTags.Contains(name) ? SlotKind.Heading : SlotKind.Prose;
    }

    private static bool HasAbsentClass(ReadOnlySpan<char> attributes)
    {
        var at = attributes.IndexOf("class=", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return false;
        }
        var value = attributes[(at + 6)..];
        var quote = value.Length > 0 && value[0] is '"' or '\'' ? value[0] : ' ';
        value = quote == ' ' ? value : value[1..];
        var stop = value.IndexOfAny(quote, '>');
        value = stop < 0 ? value : value[..stop];
        foreach (var range in value.Split(' '))
        {
            var cls = value[range];
            foreach (var absent in AbsentClasses)
            {
                if (cls.SequenceEqual(absent))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Decodes character references in html[start..end), noting where each one was.</summary>
    private static TextRun Decode(string html, int start, int end, SlotKind kind)
    {
        var amp = html.AsSpan(start, end - start).IndexOf('&');
        if (amp < 0)
        {
            return new TextRun(html[start..end], start, null, kind);
        }
        // The builders are the thread's, cleared for each run: a body has a run per quoted name (&quot;),
        // and a new builder and list for each was a tenth of what annotating a page allocated.
        var text = t_text ??= new System.Text.StringBuilder(256);
        var references = t_references ??= new List<int>(16);
        text.Clear();
        references.Clear();
        var p = start;
        for (var next = start + amp; next >= 0; next = p < end ? IndexOf(html, '&', p, end) : -1)
        {
            text.Append(html, p, next - p);
            p = next;
            var semi = html.IndexOf(';', p, Math.Min(12, end - p));
            var decoded = semi > p + 1 ? HtmlText.Decode(html.AsSpan(p, semi + 1 - p)) : null;
            if (decoded is null)
            {
                text.Append('&');
                p++;
                continue;
            }
            references.Add(text.Length);
            references.Add(decoded.Length);
            references.Add(p);
            references.Add(semi + 1);
            text.Append(decoded);
            p = semi + 1;
        }
        text.Append(html, p, end - p);
        return new TextRun(text.ToString(), start, references.Count > 0 ? [.. references] : null, kind);
    }

    [ThreadStatic]
    private static System.Text.StringBuilder? t_text;

    [ThreadStatic]
    private static List<int>? t_references;

    private static int IndexOf(string html, char c, int from, int end)
    {
        var at = html.AsSpan(from, end - from).IndexOf(c);
        return at < 0 ? -1 : from + at;
    }

}
