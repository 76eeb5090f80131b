using System.Net;
using System.Text;
using DigestGen.Entities;

namespace DigestGen.Rendering.Annotation;

public sealed partial class EntityAnnotator
{
    /// <summary>
    /// Appends <paramref name="html"/> to <paramref name="output"/> with each placement's characters wrapped. Placements come in
    /// document order (by run, then by start) and never overlap, so one forward copy does it; the
    /// wrapped characters are copied as they were written, character references and all.
    /// </summary>
    private static void Insert(StringBuilder output, string html, List<Placement> placements)
    {
        var at = 0;
        foreach (var p in placements)
        {
            var (start, end) = (p.Slot.Run.Raw(p.Start), p.Slot.Run.Raw(p.End));
            output.Append(html, at, start - at);
            AppendStartTag(output, p);
            output.Append(html, start, end - start);
            output.Append(p.Link ? "</a>" : "</span>");
            at = end;
        }
        output.Append(html, at, html.Length - at);
    }

    private static void AppendStartTag(StringBuilder output, Placement p)
    {
        var type = p.Entity.Type.ToName();
        output.Append(p.Link ? "<a" : "<span").Append(" data-entity=\"").Append(Attribute(p.Entity.Id)).Append('"');
        if (!p.Link)
        {
            output.Append(" class=\"entity-mention entity-mention--").Append(type).Append("\">");
            return;
        }
        output.Append(" class=\"entity entity--").Append(type).Append(" entity-mention\" href=\"").Append(Attribute(p.Entity.Url)).Append('"');
        if (p.Entity.CardId is { } card)
        {
            output.Append(" aria-describedby=\"").Append(Attribute(card)).Append('"');
        }
        output.Append('>');
    }

    private static string Attribute(string value) => WebUtility.HtmlEncode(value);
}
