using System.Text;

namespace DigestGen.Rendering;

/// <summary>
/// Trusted HTML that is made as it is written: <see cref="HtmlTemplateContext"/> has it append itself to the
/// page's buffer, unescaped like <see cref="RawHtml"/>, so a large generated fragment (an article's annotated
/// body, tens of kilobytes) is never a string of its own: as one it was a quarter of what rendering allocated.
/// Read any other way (a filter, <see cref="Html"/>) it is made into a string, the same each time.
/// </summary>
public sealed class StreamedHtml(Action<StringBuilder> write)
{
    public void WriteTo(StringBuilder output) => write(output);

    public string Html
    {
        get
        {
            var output = new StringBuilder();
            write(output);
            return output.ToString();
        }
    }

    public override string ToString() => Html;
}
