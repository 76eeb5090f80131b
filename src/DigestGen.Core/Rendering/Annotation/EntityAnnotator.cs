using DigestGen.Entities;

namespace DigestGen.Rendering.Annotation;

/// <summary>
/// Turns the entity mentions of a rendered article body into links and marks: the first
/// mention of each entity (every one with <c>link_all_mentions</c>) becomes
/// <c>&lt;a class="entity entity--TYPE" data-entity="ID" href="…"&gt;</c>, every other one
/// <c>&lt;span class="entity-mention" data-entity="ID"&gt;</c>. Text inside links, code and pre
/// is never touched and headings are only marked. The body is read once, as text: the result is
/// the same HTML with the wrappers inserted. Safe to share between threads.
/// </summary>
public sealed partial class EntityAnnotator(bool linkAllMentions)
{
    public string Annotate(string html, string plainText, IReadOnlyList<AnnotatedEntity> entities)
    {
        var output = new System.Text.StringBuilder(html.Length + 1024);
        Annotate(output, html, plainText, entities);
        return output.ToString();
    }

    /// <summary>Appends the annotated body to <paramref name="output"/> (a page being rendered).</summary>
    public void Annotate(System.Text.StringBuilder output, string html, string plainText, IReadOnlyList<AnnotatedEntity> entities)
    {
        if (entities.Count == 0 || html.Length == 0)
        {
            output.Append(html);
            return;
        }
        var slots = TextAligner.Align(HtmlTextScanner.Scan(html), plainText);
        var placements = Place(slots, plainText.Length, entities);
        if (placements.Count == 0)
        {
            output.Append(html);
            return;
        }
        Insert(output, html, placements);
    }

    private List<Placement> Place(IReadOnlyList<TextSlot> slots, int plainLength, IReadOnlyList<AnnotatedEntity> entities)
    {
        var index = new PlainTextIndex(slots);
        // Loops by index, not LINQ: a page's placements went through five iterators, a closure per
        // entity and a sort buffer (about 100 MiB of a clean build's allocations at 10,000 articles).
        var mentions = 0;
        for (var e = 0; e < entities.Count; e++)
        {
            mentions += entities[e].Mentions.Count;
        }
        var candidates = new List<Placement>(mentions);
        for (var e = 0; e < entities.Count; e++)
        {
            var entity = entities[e];
            for (var m = 0; m < entity.Mentions.Count; m++)
            {
                if (Locate(index, plainLength, entity.Mentions[m], entity) is { } placement)
                {
                    candidates.Add(placement);
                }
            }
        }
        return ChooseLinks(RemoveOverlaps(candidates));
    }

    /// <summary>The placement of a mention that lies wholly in one annotatable text run, widened to whole words.</summary>
    private static Placement? Locate(PlainTextIndex index, int plainLength, Mention mention, AnnotatedEntity entity)
    {
        if (mention.Length <= 0 || mention.Start < 0 || mention.End > plainLength)
        {
            return null;
        }
        var (slot, first) = index.At(mention.Start);
        var (lastSlot, last) = index.At(mention.End - 1);
        if (slot is null || !ReferenceEquals(slot, lastSlot) || slot.Kind is SlotKind.Untouchable or SlotKind.Absent || last < first)
        {
            return null;
        }
        var (start, end) = WordSpan.Widen(slot.Text, first, last + 1);
        return new Placement(slot, start, end, entity, false);
    }

    private static List<Placement> RemoveOverlaps(List<Placement> candidates)
    {
        // By run, then start, then the longer first; equal keys keep the candidates' order (as a stable sort would).
        var order = new int[candidates.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        Array.Sort(order, (x, y) =>
        {
            var (a, b) = (candidates[x], candidates[y]);
            var c = a.Slot.Order.CompareTo(b.Slot.Order);
            if (c == 0)
            {
                c = a.Start.CompareTo(b.Start);
            }
            if (c == 0)
            {
                c = b.End.CompareTo(a.End);
            }
            return c != 0 ? c : x.CompareTo(y);
        });
        var kept = new List<Placement>(candidates.Count);
        foreach (var i in order)
        {
            var p = candidates[i];
            if (kept.Count == 0 || !ReferenceEquals(kept[^1].Slot, p.Slot) || kept[^1].End <= p.Start)
            {
                kept.Add(p);
            }
        }
        return kept;
    }

    /// <summary>In document order, links the first prose mention of each entity (or every one), in place.</summary>
    private List<Placement> ChooseLinks(List<Placement> placements)
    {
        HashSet<string>? linked = linkAllMentions ? null : new(StringComparer.Ordinal);
        for (var i = 0; i < placements.Count; i++)
        {
            var p = placements[i];
            if (p.Slot.Kind == SlotKind.Prose && (linked is null || linked.Add(p.Entity.Id)))
            {
                placements[i] = p with { Link = true };
            }
        }
        return placements;
    }
}
