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
internal sealed record TextRun(string Text, int[] Raw, SlotKind Kind);

/// <summary>A text run and, for each of its characters, the offset of that character in the plain text (-1 when none).</summary>
internal sealed record TextSlot(int Order, TextRun Run, int[] PlainOffsets)
{
    public string Text => Run.Text;

    public SlotKind Kind => Run.Kind;
}
