using AngleSharp.Dom;
using DigestGen.Entities;

namespace DigestGen.Rendering.Annotation;

public sealed partial class EntityAnnotator
{
    private static readonly HashSet<string> UntouchableTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "code", "pre", "kbd", "samp", "script", "style", "template", "textarea", "svg", "math", "button",
    };

    private static readonly HashSet<string> HeadingTags = new(StringComparer.OrdinalIgnoreCase) { "h1", "h2", "h3", "h4", "h5", "h6" };

    // Rendered by the Markdown stage but left out of the plain text: aside labels and footnotes.
    private static readonly string[] AbsentClasses = ["annotation__label", "footnotes", "footnote-ref"];

    private static IEnumerable<(IText, SlotKind)> TextNodes(IElement root) =>
        root.Descendants<IText>().Select(t => (t, KindOf(t, root)));

    private static SlotKind KindOf(INode node, IElement root)
    {
        var kind = SlotKind.Prose;
        for (var e = node.ParentElement; e is not null && !ReferenceEquals(e, root); e = e.ParentElement)
        {
            if (AbsentClasses.Any(c => e.ClassList.Contains(c)))
            {
                return SlotKind.Absent;
            }
            if (UntouchableTags.Contains(e.LocalName))
            {
                kind = SlotKind.Untouchable;
            }
            else if (kind == SlotKind.Prose && HeadingTags.Contains(e.LocalName))
            {
                kind = SlotKind.Heading;
            }
        }
        return kind;
    }

    private static void Rewrite(IDocument document, TextSlot slot, IReadOnlyList<Placement> placements)
    {
        var text = slot.Node.Data;
        var parent = slot.Node.Parent!;
        var at = 0;
        foreach (var p in placements)
        {
            if (p.Start > at)
            {
                parent.InsertBefore(document.CreateTextNode(text[at..p.Start]), slot.Node);
            }
            parent.InsertBefore(Wrapper(document, p, text[p.Start..p.End]), slot.Node);
            at = p.End;
        }
        if (at < text.Length)
        {
            parent.InsertBefore(document.CreateTextNode(text[at..]), slot.Node);
        }
        parent.RemoveChild(slot.Node);
    }

    private static IElement Wrapper(IDocument document, Placement p, string text)
    {
        var element = document.CreateElement(p.Link ? "a" : "span");
        element.SetAttribute("data-entity", p.Entity.Id);
        if (p.Link)
        {
            element.ClassName = $"entity entity--{p.Entity.Type.ToName()} entity-mention";
            element.SetAttribute("href", p.Entity.Url);
            if (p.Entity.CardId is { } card)
            {
                element.SetAttribute("aria-describedby", card);
            }
        }
        else
        {
            element.ClassName = $"entity-mention entity-mention--{p.Entity.Type.ToName()}";
        }
        element.TextContent = text;
        return element;
    }
}
