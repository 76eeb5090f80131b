using System.Buffers;
using System.Text;
using Scriban;
using Scriban.Runtime;

namespace DigestGen.Rendering;

/// <summary>
/// Renders a template into a buffer the thread keeps (see <see cref="ThreadBuilders"/>). Scriban's default
/// output starts small, grows in chunks, and on being emptied after a render copies everything it held
/// into a new block once more; for a 50 KB page and its dozens of partials that copying cost more than
/// the rendering.
/// </summary>
internal static class BufferedOutput
{
    [ThreadStatic]
    private static Encoder? _encoder;

    public static string Render(TemplateContext context, Template template)
    {
        var buffer = ThreadBuilders.Rent();
        context.PushOutput(new StringBuilderOutput(buffer));
        try
        {
            return template.Render(context) ?? "";
        }
        finally
        {
            context.PopOutput();
            ThreadBuilders.Return(buffer);
        }
    }

    /// <summary>
    /// Renders <paramref name="body"/>, then <paramref name="layout"/> with the body as <c>content</c>.
    /// The body stays in its buffer and is copied from there into the layout's: as a string it
    /// was the second largest allocation of every page (the page itself is the largest).
    /// </summary>
    public static string Render(TemplateContext context, Template body, Template layout, ScriptObject globals) =>
        Page(context, body, layout, globals, page => page.ToString());

    /// <summary>
    /// Renders a page as <see cref="Render(TemplateContext, Template, Template, ScriptObject)"/> does and hands
    /// <paramref name="write"/> its UTF-8 bytes, encoded straight from the buffer: a build writes tens of
    /// thousands of pages, and the page as a string was the largest allocation of each.
    /// </summary>
    public static void Render(TemplateContext context, Template body, Template? layout, ScriptObject globals, Action<ReadOnlySpan<byte>> write) =>
        Page(context, body, layout, globals, page =>
        {
            Utf8(page, write);
            return true;
        });

    private static T Page<T>(TemplateContext context, Template body, Template? layout, ScriptObject globals, Func<StringBuilder, T> take)
    {
        var content = ThreadBuilders.Rent();
        var page = layout is null ? null : ThreadBuilders.Rent();
        try
        {
            EvaluateInto(context, body, content);
            if (page is null)
            {
                return take(content);
            }
            globals["content"] = new BufferedHtml(content);
            EvaluateInto(context, layout!, page);
            return take(page);
        }
        finally
        {
            globals["content"] = null;
            ThreadBuilders.Return(content);
            if (page is not null)
            {
                ThreadBuilders.Return(page);
            }
        }
    }

    private static void EvaluateInto(TemplateContext context, Template template, StringBuilder buffer)
    {
        context.PushOutput(new StringBuilderOutput(buffer));
        try
        {
            Evaluate(context, template);
        }
        finally
        {
            context.PopOutput();
        }
    }

    private static void Utf8(StringBuilder text, Action<ReadOnlySpan<byte>> write)
    {
        // One encoder per thread carries a surrogate pair split between two of the builder's chunks.
        var encoder = _encoder ??= new UTF8Encoding(false).GetEncoder();
        encoder.Reset();
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var written = 0;
            foreach (var chunk in text.GetChunks())
            {
                written += encoder.GetBytes(chunk.Span, bytes.AsSpan(written), flush: false);
            }
            written += encoder.GetBytes([], bytes.AsSpan(written), flush: true);
            write(bytes.AsSpan(0, written));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
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
}
