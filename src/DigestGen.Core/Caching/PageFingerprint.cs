using DigestGen.Rendering;

namespace DigestGen.Caching;

/// <summary>
/// What a page's HTML depends on besides the theme and settings: its kind, path and view. The
/// view is written whole by its runtime types (<see cref="ViewWriter"/>, so <c>Data</c> is seen
/// whole) and hashed; that is far cheaper than rendering. A view that cannot be written (a
/// function member, a cycle) gets no fingerprint and is always rendered.
/// </summary>
public static class PageFingerprint
{
    [ThreadStatic]
    private static ViewWriter? _writer;

    public static string? Of(Page page)
    {
        var writer = _writer ??= new ViewWriter();
        writer.Reset();
        try
        {
            writer.Write(page.Kind);
            writer.Write(page.OutputPath);
            writer.Write((object?)page.View);
            return ViewHash.Hex(writer.Written);
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException)
        {
            return null;
        }
    }
}
