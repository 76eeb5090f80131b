using System.Text;

namespace DigestGen.Rendering;

/// <summary>
/// Builders each thread keeps for the text it renders (a page and its body, an article's HTML and plain
/// text) and uses again for the next one. A new builder starts small and grows in chunks, and emptying a
/// chunked one copies what it held into one block; a kept builder is one block big enough for a page, so
/// emptying it is free. A builder grown past <see cref="KeptAtMost"/> characters (a book-length body) is let go.
/// </summary>
internal static class ThreadBuilders
{
    private const int Start = 128 * 1024;
    private const int KeptAtMost = 1024 * 1024;

    [ThreadStatic]
    private static Stack<StringBuilder>? _free;

    /// <summary>An empty builder of this thread's; give it back with <see cref="Return"/> or <see cref="ToStringAndReturn"/>.</summary>
    public static StringBuilder Rent() => _free is { Count: > 0 } free ? free.Pop() : new StringBuilder(Start);

    public static void Return(StringBuilder builder)
    {
        if (builder.Capacity <= KeptAtMost)
        {
            builder.Clear();
            (_free ??= new Stack<StringBuilder>()).Push(builder);
        }
    }

    /// <summary>The builder's text; the builder goes back to the thread.</summary>
    public static string ToStringAndReturn(StringBuilder builder)
    {
        var text = builder.ToString();
        Return(builder);
        return text;
    }
}
