using DigestGen.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DigestGen.Rendering;

/// <summary>
/// Renders a page: its kind's template (<c>pages/KIND.sbn</c>) into <c>content</c>, then the
/// base layout around it. Thread-safe: each thread reuses one context over the shared,
/// already-parsed templates, because a new Scriban context builds its whole builtin library
/// (hundreds of functions), which cost more than rendering a small page. Per page only a small
/// scope with <c>page</c> and <c>content</c> is pushed and popped again.
/// </summary>
public sealed class PageRenderer : IDisposable
{
    private readonly TemplateSet _templates;
    private readonly ScriptObject _shared;
    private readonly ThreadLocal<HtmlTemplateContext> _contexts;
    private readonly ThreadLocal<ScriptObject> _globals = new(() => new ScriptObject());
    private readonly CachedInclude _cached;

    public PageRenderer(TemplateSet templates, SiteView site, ScriptObject functions)
    {
        _templates = templates;
        _shared = new ScriptObject();
        _shared.Import(functions);
        _shared["site"] = site;
        _cached = new CachedInclude(NewContext);
        _shared["include_cached"] = _cached;
        _contexts = new ThreadLocal<HtmlTemplateContext>(NewContext);
    }

    public string? Render(Page page, DiagnosticBag diagnostics) =>
        Run(page, diagnostics, (context, body, layout, globals) => layout is null
            ? BufferedOutput.Render(context, body)
            : BufferedOutput.Render(context, body, layout, globals));

    /// <summary>Renders <paramref name="page"/> and hands <paramref name="write"/> its UTF-8 bytes; false (and a diagnostic) when it failed.</summary>
    public bool Render(Page page, DiagnosticBag diagnostics, Action<ReadOnlySpan<byte>> write) =>
        Run(page, diagnostics, (context, body, layout, globals) =>
        {
            BufferedOutput.Render(context, body, layout, globals, write);
            return true;
        });

    private T? Run<T>(Page page, DiagnosticBag diagnostics, Func<HtmlTemplateContext, Template, Template?, ScriptObject, T> render)
    {
        var context = _contexts.Value!;
        // One scope per thread, emptied after each page: the variables a page's templates assign land
        // here, and a new scope per page grew its table from nothing, page after page.
        var globals = _globals.Value!;
        globals["page"] = page.View;
        context.PushGlobal(globals);
        try
        {
            var body = Template($"pages/{page.Kind}.sbn");
            return render(context, body, _templates.Has("layouts/base.sbn") ? _templates.Get("layouts/base.sbn") : null, globals);
        }
        catch (ScriptRuntimeException e)
        {
            // A failed render can leave scopes pushed: this thread starts over with a fresh context.
            _contexts.Value = NewContext();
            diagnostics.Add(new Diagnostic(e.Span.FileName ?? $"pages/{page.Kind}.sbn", e.Span.Start.Line + 1, e.Span.Start.Column + 1,
                Severity.Error, $"{e.OriginalMessage} (while rendering {page.OutputPath})"));
            return default;
        }
        finally
        {
            if (ReferenceEquals(_contexts.Value, context))
            {
                context.PopGlobal();
            }
            globals.Clear();
        }
    }

    public void Dispose()
    {
        _contexts.Dispose();
        _globals.Dispose();
        _cached.Dispose();
    }

    private HtmlTemplateContext NewContext()
    {
        var context = new HtmlTemplateContext();
        _templates.Prime(context);
        context.PushGlobal(_shared);
        return context;
    }

    private Template Template(string name) =>
        _templates.Has(name) ? _templates.Get(name) : throw new ScriptRuntimeException(default, $"template '{name}' is missing from the theme");
}
