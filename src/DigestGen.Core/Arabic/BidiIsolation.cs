using System.Buffers;
using System.Text;
using DigestGen.Content;

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
        if (text.AsSpan().IndexOfAny(NeedsWork) < 0)
        {
            return text; // no Latin letter and nothing to escape: most Arabic titles and names
        }
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
                AppendEscaped(sb, text.AsSpan(start, i - start));
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
            AppendEscaped(sb.Append("<bdi>"), text.AsSpan(runStart, runEnd - runStart)).Append("</bdi>");
            i = runEnd;
        }
        return sb.ToString();
    }

    private static readonly SearchValues<char> NeedsWork = SearchValues.Create(
        HtmlText.Special + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz" + string.Concat(Enumerable.Range(0xC0, 0x24F - 0xC0 + 1).Select(c => (char)c)));

    private static StringBuilder AppendEscaped(StringBuilder sb, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            _ = HtmlText.Entity(c) is { } entity ? sb.Append(entity) : sb.Append(c);
        }
        return sb;
    }

    private static bool IsLatinLetter(char c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '\u00C0' and <= '\u024F';

    private static bool IsRunInterior(char c) => c is >= '0' and <= '9' or ' ' or '.' or '-' or '_' or '+' or '&';
}
