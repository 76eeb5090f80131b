using System.Text;
using Scriban;
using Scriban.Runtime;

namespace DigestGen.Rendering;

/// <summary>
/// Renders a template into a reused per-thread buffer. Scriban's default output starts small,
/// grows in chunks, and on being emptied after a render copies everything it held into a new
/// block once more; for a 50 KB page and its dozens of partials that copying cost more than
/// the rendering. A buffer here is one block of memory big enough for a page, so emptying it
/// is free; one that outgrows it is kept at its new size.
/// </summary>
internal static class BufferedOutput
{
    private const int Capacity = 128 * 1024;

    [ThreadStatic]
    private static Stack<StringBuilder>? _free;

    public static string Render(TemplateContext context, Template template)
    {
        var buffer = Rent();
        context.PushOutput(new StringBuilderOutput(buffer));
        try
        {
            return template.Render(context) ?? "";
        }
        finally
        {
            context.PopOutput();
            Return(buffer);
        }
    }

    /// <summary>
    /// Renders <paramref name="body"/>, then <paramref name="layout"/> with the body as <c>content</c>.
    /// The body stays in its buffer and is copied from there into the layout's: as a string it
    /// was the second largest allocation of every page (the page itself is the largest).
    /// </summary>
    public static string Render(TemplateContext context, Template body, Template layout, ScriptObject globals)
    {
        var buffer = Rent();
        try
        {
            context.PushOutput(new StringBuilderOutput(buffer));
            try
            {
                Evaluate(context, body);
            }
            finally
            {
                context.PopOutput();
            }
            globals["content"] = new BufferedHtml(buffer);
            return Render(context, layout);
        }
        finally
        {
            globals["content"] = null;
            Return(buffer);
        }
    }

    /// <summary>What <see cref="Template.Render(TemplateContext)"/> does, without turning the output into a string.</summary>
    public static void Evaluate(TemplateContext context, Template template)
    {
        if (template.Page is not { } page)
        {
            return;
        }
        if (template.SourceFilePath is { } file)
        {
            context.PushSourceFile(file);
        }
        try
        {
            if (context.Evaluate(page) is { } result && context.EnableOutput)
            {
                context.Write(page.Span, result);
            }
        }
        finally
        {
            if (template.SourceFilePath is not null)
            {
                context.PopSourceFile();
            }
        }
    }

    private static StringBuilder Rent()
    {
        var free = _free ??= new Stack<StringBuilder>();
        return free.Count > 0 ? free.Pop() : new StringBuilder(Capacity);
    }

    private static void Return(StringBuilder buffer)
    {
        buffer.Clear();
        _free!.Push(buffer);
    }
}
