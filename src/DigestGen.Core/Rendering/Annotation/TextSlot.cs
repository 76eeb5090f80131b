namespace DigestGen.Rendering.Annotation;

/// <summary>How a run of text in the article body may be annotated.</summary>
internal enum SlotKind
{
    /// <summary>Body text: mentions are linked and marked.</summary>
    Prose,

    /// <summary>Heading text: mentions are marked but never linked (a heading is not a place for links).</summary>
    Heading,

    /// <summary>Text inside a link, code or pre: in the plain text, so it is aligned, but never touched.</summary>
    Untouchable,

    /// <summary>Text the plain text leaves out (aside labels, footnotes): skipped by the alignment.</summary>
    Absent,
}

/// <summary>
/// A run of text between two tags of the body HTML, decoded (<c>&amp;quot;</c> is one <c>"</c>).
/// <see cref="Raw"/> maps each decoded character to its offset in the HTML, and the run's length to
/// its end, so a wrapper can be inserted without re-encoding anything.
/// </summary>
/// <param name="Start">Where the run starts in the HTML.</param>
/// <param name="References">The character references of the run, four numbers each: where its decoded text
/// starts in <see cref="Text"/>, how long that is, and where the reference starts and ends in the HTML. Null
/// when the run had none (most runs). Between references the text is the HTML character for character, so
/// these few numbers give every offset: an array as long as the text was the largest allocation of annotating.</param>
internal sealed record TextRun(string Text, int Start, int[]? References, SlotKind Kind)
{
    /// <summary>The HTML offset of decoded character <paramref name="index"/> (the run's length gives its end).</summary>
    public int Raw(int index)
    {
        if (References is not { } refs)
        {
            return Start + index;
        }
        // The last reference whose decoded text starts at or before index (references are few: a linear scan).
        var k = -1;
        while (k + 1 < refs.Length / 4 && refs[(k + 1) * 4] <= index)
        {
            k++;
        }
        if (k < 0)
        {
            return Start + index;
        }
        var (decoded, length, rawStart, rawEnd) = (refs[k * 4], refs[(k * 4) + 1], refs[(k * 4) + 2], refs[(k * 4) + 3]);
        return index < decoded + length ? rawStart : rawEnd + (index - decoded - length);
    }
}

/// <summary>A text run and, for each of its characters, the offset of that character in the plain text (-1 when none),
/// in a buffer that <see cref="TextAligner"/> reuses for the next text it aligns on the same thread.</summary>
internal sealed record TextSlot(int Order, TextRun Run, ArraySegment<int> PlainOffsets)
{
    public string Text => Run.Text;

    public SlotKind Kind => Run.Kind;
}
