using System.Net;
using Scriban;
using Scriban.Parsing;

namespace DigestGen.Rendering;

/// <summary>
/// Scriban writes values as they are; this context HTML-escapes every value a template
/// outputs unless it is <see cref="RawHtml"/> (made by the generator or the template's
/// <c>raw</c> function), so front matter can never inject markup. Bidi override controls are
/// dropped too: a gazetteer description or setting must not flip the rest of the page.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    public HtmlTemplateContext()
    {
        StrictVariables = false;
        EnableRelaxedMemberAccess = true;
        // Big enough for a site of 100,000 articles, small enough that a theme's endless loop fails in seconds.
        LoopLimit = 10_000_000;
        RecursiveLimit = 64;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        textAsObject switch
        {
            null => this,
            RawHtml raw => base.Write(span, raw.Html),
            _ => base.Write(span, WebUtility.HtmlEncode(Content.BidiControls.Strip(ObjectToString(textAsObject) ?? ""))),
        };
}
