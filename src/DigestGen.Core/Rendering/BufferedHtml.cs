using System.Text;

namespace DigestGen.Rendering;

/// <summary>
/// Trusted HTML still in a render buffer: a page's body while its layout is rendered.
/// <see cref="HtmlTemplateContext"/> copies it into the output without escaping, like <see cref="RawHtml"/>,
/// and without making a string of it first. Valid only while the layout renders.
/// </summary>
internal sealed class BufferedHtml(StringBuilder buffer)
{
    public StringBuilder Buffer => buffer;

    public override string ToString() => buffer.ToString();
}
