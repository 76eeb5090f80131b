using DigestGen.Site.Views;

namespace DigestGen.Site;

/// <summary>The words around a mention, for entity pages: whole words only, blocks joined by a space.</summary>
public static class Snippets
{
    public const int Context = 90;

    public static Snippet? Around(string text, int start, int length)
    {
        if (start < 0 || length <= 0 || start + length > text.Length)
        {
            return null;
        }
        var from = WordStartAtOrAfter(text, Math.Max(0, start - Context), start);
        var to = WordEndAtOrBefore(text, Math.Min(text.Length, start + length + Context), start + length);
        var before = Flatten(text.AsSpan(from, start - from));
        var after = Flatten(text.AsSpan(start + length, to - start - length));
        return new Snippet(
            (from > 0 ? "… " : "") + before.TrimStart(),
            text.Substring(start, length),
            after.TrimEnd() + (to < text.Length ? " …" : ""));
    }

    private static int WordStartAtOrAfter(string text, int index, int limit)
    {
        if (index == 0)
        {
            return 0;
        }
        while (index < limit && !char.IsWhiteSpace(text[index - 1]))
        {
            index++;
        }
        return index;
    }

    private static int WordEndAtOrBefore(string text, int index, int limit)
    {
        if (index == text.Length)
        {
            return index;
        }
        while (index > limit && !char.IsWhiteSpace(text[index]))
        {
            index--;
        }
        return index;
    }

    // Blocks are separated by "\n\n" in the plain text; a snippet reads as one line. One pass, one
    // string: entity pages make a snippet for every (entity, article) pair, and a regex replace
    // there was half the time of planning them.
    private static string Flatten(ReadOnlySpan<char> s)
    {
        Span<char> buffer = s.Length <= 512 ? stackalloc char[s.Length] : new char[s.Length];
        var length = 0;
        var inSpace = false;
        foreach (var c in s)
        {
            var space = char.IsWhiteSpace(c);
            if (!space || !inSpace)
            {
                buffer[length++] = space ? ' ' : c;
            }
            inSpace = space;
        }
        return new string(buffer[..length]);
    }
}
