using System.Net;
using System.Text;

namespace DigestGen.Search;

/// <summary>
/// The text a reader sees in an article body's HTML, footnotes and editors' asides included (the
/// plain text the entity offsets index leaves some of them out). Tags become spaces so words on
/// either side of a tag never glue together.
/// </summary>
public static class VisibleText
{
    public static string Of(string html)
    {
        var sb = new StringBuilder(html.Length);
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<')
            {
                inTag = true;
                sb.Append(' ');
            }
            else if (c == '>' && inTag)
            {
                inTag = false;
            }
            else if (!inTag)
            {
                sb.Append(c);
            }
        }
        return WebUtility.HtmlDecode(sb.ToString());
    }
}
