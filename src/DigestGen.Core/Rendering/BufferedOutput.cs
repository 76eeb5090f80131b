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
        var free = _free ??= new Stack<StringBuilder>();
        var buffer = free.Count > 0 ? free.Pop() : new StringBuilder(Capacity);
        context.PushOutput(new StringBuilderOutput(buffer));
        try
        {
            return template.Render(context) ?? "";
        }
        finally
        {
            context.PopOutput();
            buffer.Clear();
            free.Push(buffer);
        }
    }
}
