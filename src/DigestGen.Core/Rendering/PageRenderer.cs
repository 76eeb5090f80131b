using DigestGen.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DigestGen.Rendering;

/// <summary>
/// Renders a page: its kind's template (<c>pages/KIND.sbn</c>) into <c>content</c>, then the
/// base layout around it. Thread-safe: every call gets its own context over the shared,
/// already-parsed templates.
/// </summary>
public sealed class PageRenderer(TemplateSet templates, SiteView site, ScriptObject functions)
{
    public string? Render(Page page, DiagnosticBag diagnostics)
    {
        var context = new HtmlTemplateContext();
        templates.Prime(context);
        var globals = new ScriptObject();
        globals.Import(functions);
        globals["site"] = site;
        globals["page"] = page.View;
        context.PushGlobal(globals);
        try
        {
            var body = RenderOne(context, $"pages/{page.Kind}.sbn");
            if (!templates.Has("layouts/base.sbn"))
            {
                return body;
            }
            globals["content"] = new RawHtml(body);
            return RenderOne(context, "layouts/base.sbn");
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Add(new Diagnostic(e.Span.FileName ?? $"pages/{page.Kind}.sbn", e.Span.Start.Line + 1, e.Span.Start.Column + 1,
                Severity.Error, $"{e.OriginalMessage} (while rendering {page.OutputPath})"));
            return null;
        }
    }

    private string RenderOne(TemplateContext context, string name)
    {
        if (!templates.Has(name))
        {
            throw new ScriptRuntimeException(default, $"template '{name}' is missing from the theme");
        }
        return templates.Get(name).Render(context) ?? "";
    }
}
