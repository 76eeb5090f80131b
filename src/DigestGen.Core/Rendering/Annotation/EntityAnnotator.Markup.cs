using System.Net;
using System.Text;
using DigestGen.Entities;

namespace DigestGen.Rendering.Annotation;

public sealed partial class EntityAnnotator
{
    [ThreadStatic]
    private static StringBuilder? _buffer;

    /// <summary>
    /// Copies <paramref name="html"/> with each placement's characters wrapped. Placements come in
    /// document order (by run, then by start) and never overlap, so one forward copy does it; the
    /// wrapped characters are copied as they were written, character references and all.
    /// </summary>
    private static string Insert(string html, List<Placement> placements)
    {
        // One buffer per thread, reused: a new one per article body was a tenth of what rendering allocated.
        var output = _buffer ??= new StringBuilder(64 * 1024);
        output.Clear();
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
        var annotated = output.Append(html, at, html.Length - at).ToString();
        if (output.Capacity > 1024 * 1024)
        {
            _buffer = null; // an outsized body does not keep its buffer alive
        }
        return annotated;
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
