using AngleSharp.Dom;

namespace DigestGen.Rendering.Annotation;

/// <summary>How a text node of the article body may be annotated.</summary>
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

/// <summary>A text node and, for each of its characters, the offset of that character in the plain text (-1 when none).</summary>
internal sealed record TextSlot(int Order, IText Node, SlotKind Kind, int[] PlainOffsets);
