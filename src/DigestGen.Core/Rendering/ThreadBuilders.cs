using System.Text;

namespace DigestGen.Markdown;

/// <summary>
/// Builders kept by each thread for the texts a Markdown render writes (the HTML, the plain text) and used
/// again for the next article: a new builder grew chunk by chunk to the size of every body, and those chunks
/// were a tenth of what rendering Markdown allocated. A builder that a book-length body grew is let go.
/// </summary>
internal static class ThreadBuilders
{
    private const int Start = 16 * 1024;
    private const int KeptAtMost = 256 * 1024;

    [ThreadStatic]
    private static Stack<StringBuilder>? _free;

    /// <summary>An empty builder of this thread's; give it back with <see cref="ToStringAndReturn"/>.</summary>
    public static StringBuilder Rent() => _free is { Count: > 0 } free ? free.Pop() : new StringBuilder(Start);

    /// <summary>The builder's text; the builder is emptied and kept for the thread's next render.</summary>
    public static string ToStringAndReturn(StringBuilder builder)
    {
        var text = builder.ToString();
        if (builder.Capacity <= KeptAtMost)
        {
            builder.Clear();
            (_free ??= new Stack<StringBuilder>()).Push(builder);
        }
        return text;
    }
}
