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
        return new Snippet(
            Flatten(from > 0 ? "… " : "", text.AsSpan(from, start - from), "", trimStart: true),
            text.Substring(start, length),
            Flatten("", text.AsSpan(start + length, to - start - length), to < text.Length ? " …" : "", trimStart: false));
    }

    private static int WordStartAtOrAfter(string text, int index, int limit)
    {
        if (index == 0)
        {
            return 0;
        }
        while (index < limit && !IsSpace(text[index - 1]))
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
        while (index > limit && !IsSpace(text[index]))
        {
            index--;
        }
        return index;
    }

    // Blocks are separated by "\n\n" in the plain text; a snippet reads as one line: each run of white
    // space becomes one space, and the space at the snippet's open end (before the mention's words, or
    // after them) is dropped. One pass, one string with its ellipsis: entity pages make a snippet for every
    // (entity, article) pair, and a regex replace there was half the time of planning them.
    private static string Flatten(string prefix, ReadOnlySpan<char> s, string suffix, bool trimStart)
    {
        var size = prefix.Length + s.Length + suffix.Length;
        Span<char> buffer = size <= 512 ? stackalloc char[size] : new char[size];
        prefix.CopyTo(buffer);
        var length = prefix.Length;
        var inSpace = trimStart; // a leading run is dropped, not made a space
        foreach (var c in s)
        {
            var space = IsSpace(c);
            if (!space || !inSpace)
            {
                buffer[length++] = space ? ' ' : c;
            }
            inSpace = space;
        }
        if (!trimStart && length > prefix.Length && buffer[length - 1] == ' ')
        {
            length--;
        }
        suffix.CopyTo(buffer[length..]);
        return new string(buffer[..(length + suffix.Length)]);
    }

    // char.IsWhiteSpace without the Unicode tables for U+0100–U+167F (Arabic among them), where no
    // character is white space: a snippet tests every character around every mention.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsSpace(char c) => c <= '\u00FF' ? char.IsWhiteSpace(c) : c >= '\u1680' && char.IsWhiteSpace(c);
}
