namespace DigestGen.Rendering.Annotation;

/// <summary>
/// Lines up the text runs of the rendered body with the plain text the entity offsets index.
/// The plain text holds the same characters in the same order (see <c>PlainTextWriter</c>)
/// but joins blocks with "\n\n" and soft breaks with a space, while the HTML has its own
/// whitespace; so characters are matched one by one with whitespace on either side skipped.
/// A run that does not match where expected (an image's alt text, raw HTML) is looked for a
/// little further on, and left unannotated when it is not found.
/// </summary>
internal static class TextAligner
{
    private const int ResyncWindow = 400;

    // The offsets of all of a body's runs, one array per thread reused for every article: an array per run was
    // 4 bytes per character of every article, most of what annotating allocated. Slots point into it.
    [ThreadStatic]
    private static int[]? s_offsets;

    /// <summary>
    /// The slots of <paramref name="runs"/>. Their offsets live in a buffer of this thread that the next call
    /// reuses: the slots are for the caller's use before it aligns another text on the same thread.
    /// </summary>
    public static IReadOnlyList<TextSlot> Align(IReadOnlyList<TextRun> runs, string plain)
    {
        var total = 0;
        foreach (var run in runs)
        {
            total += run.Text.Length;
        }
        var all = s_offsets is { } pooled && pooled.Length >= total ? pooled : s_offsets = new int[Math.Max(total, 16 * 1024)];
        var slots = new List<TextSlot>(runs.Count);
        var position = 0;
        var at = 0;
        foreach (var run in runs)
        {
            var (text, kind) = (run.Text, run.Kind);
            var offsets = new ArraySegment<int>(all, at, text.Length);
            at += text.Length;
            offsets.AsSpan().Fill(-1);
            if (kind != SlotKind.Absent && !string.IsNullOrWhiteSpace(text))
            {
                position = TryMatch(text, plain, position, offsets) ?? Resync(text, plain, position, offsets) ?? position;
            }
            slots.Add(new TextSlot(slots.Count, run, offsets));
        }
        return slots;
    }

    /// <summary>Matches <paramref name="text"/> at <paramref name="start"/>; returns the position after it, or null.</summary>
    private static int? TryMatch(string text, string plain, int start, Span<int> offsets)
    {
        var q = start;
        for (var i = 0; i < text.Length;)
        {
            if (q < plain.Length && text[i] == plain[q])
            {
                offsets[i++] = q++;
            }
            else if (char.IsWhiteSpace(text[i]))
            {
                offsets[i++] = -1;
            }
            else if (q < plain.Length && char.IsWhiteSpace(plain[q]))
            {
                q++;
            }
            else
            {
                offsets.Fill(-1);
                return null;
            }
        }
        return q;
    }

    private static int? Resync(string text, string plain, int start, Span<int> offsets)
    {
        var probe = text.Trim();
        probe = probe[..Math.Min(probe.Length, 24)];
        var window = Math.Min(ResyncWindow, plain.Length - start);
        var found = window <= 0 ? -1 : plain.IndexOf(probe, start, window, StringComparison.Ordinal);
        return found < 0 ? null : TryMatch(text, plain, found, offsets);
    }
}
