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
/// <see cref="Raw"/> maps each decoded character to its offset in the HTML, with one extra entry
/// for the end of the run, so a wrapper can be inserted without re-encoding anything.
/// </summary>
/// <param name="Start">Where the run starts in the HTML.</param>
/// <param name="Offsets">Each character's offset in the HTML when the run had character references; null when
/// it had none (most runs), and character <c>i</c> is at <c>Start + i</c>: no array the size of the text.</param>
internal sealed record TextRun(string Text, int Start, int[]? Offsets, SlotKind Kind)
{
    /// <summary>The HTML offset of decoded character <paramref name="index"/> (the run's length gives its end).</summary>
    public int Raw(int index) => Offsets is null ? Start + index : Offsets[index];
}

/// <summary>A text run and, for each of its characters, the offset of that character in the plain text (-1 when none),
/// in a buffer that <see cref="TextAligner"/> reuses for the next text it aligns on the same thread.</summary>
internal sealed record TextSlot(int Order, TextRun Run, ArraySegment<int> PlainOffsets)
{
    public string Text => Run.Text;

    public SlotKind Kind => Run.Kind;
}
