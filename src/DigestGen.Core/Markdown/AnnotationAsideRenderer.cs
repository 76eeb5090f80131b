using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace DigestGen.Markdown;

public sealed class AnnotationAsideRenderer : HtmlObjectRenderer<CustomContainer>
{
    protected override void Write(HtmlRenderer renderer, CustomContainer obj)
    {
        var kind = (obj.Info ?? "").Trim().ToLowerInvariant();
        if (!AnnotationKinds.Labels.ContainsKey(kind))
        {
            renderer.Write("<div class=\"container\">");
            renderer.WriteChildren(obj);
            renderer.WriteLine("</div>");
            return;
        }
        renderer.Write("<aside role=\"note\" class=\"annotation annotation--").Write(kind)
            .Write("\" aria-label=\"").WriteEscape(AnnotationKinds.LabelOf(kind)).Write("\">");
        renderer.Write("<p class=\"annotation__label\">").WriteEscape(AnnotationKinds.LabelOf(kind)).WriteLine("</p>");
        renderer.WriteChildren(obj);
        renderer.WriteLine("</aside>");
    }
}
