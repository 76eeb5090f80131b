using System.Net;
using System.Text;

namespace DigestGen.Arabic;

/// <summary>
/// Wraps Latin runs ("Qwen 2.5", "DeepSeek-R1") inside Arabic text in &lt;bdi&gt;, so neutral
/// characters next to them (spaces, dots, digits) do not jump to the wrong side.
/// </summary>
public static class BidiIsolation
{
    /// <summary>Escapes <paramref name="text"/> for HTML and isolates its Latin runs.</summary>
    public static string ToHtml(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        var i = 0;
        while (i < text.Length)
        {
            if (!IsLatinLetter(text[i]))
            {
                var start = i;
                while (i < text.Length && !IsLatinLetter(text[i]))
                {
                    i++;
                }
                sb.Append(WebUtility.HtmlEncode(text[start..i]));
                continue;
            }
            var runStart = i;
            var runEnd = i;
            while (i < text.Length && (IsLatinLetter(text[i]) || IsRunInterior(text[i])))
            {
                if (IsLatinLetter(text[i]) || char.IsDigit(text[i]))
                {
                    runEnd = i + 1;
                }
                i++;
            }
            sb.Append("<bdi>").Append(WebUtility.HtmlEncode(text[runStart..runEnd])).Append("</bdi>");
            i = runEnd;
        }
        return sb.ToString();
    }

    private static bool IsLatinLetter(char c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '\u00C0' and <= '\u024F';

    private static bool IsRunInterior(char c) => c is >= '0' and <= '9' or ' ' or '.' or '-' or '_' or '+' or '&';
}
