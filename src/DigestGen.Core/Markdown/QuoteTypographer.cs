using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DigestGen.Markdown;

/// <summary>
/// Turns straight double quotes into Arabic guillemets «…», deciding open or close from the
/// text around each quote. Unlike SmartyPants-style typographers, a quote glued to a proclitic
/// (و"ديبسيك"، لـ"ديبسيك"، الـ"مزيج") opens like any other, so one name never renders two ways.
/// </summary>
public sealed class QuoteTypographer
{
    private const char Open = '«';
    private const char Close = '»';

    private static readonly HashSet<string> Proclitics = new(StringComparer.Ordinal)
    {
        "و", "ف", "ب", "ك", "ل", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "وب", "ول", "فب", "فل", "وك", "فك",
    };

    public void Apply(MarkdownDocument document)
    {
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf.Inline is { } inline)
            {
                ApplyTo(inline);
            }
        }
    }

    private static void ApplyTo(ContainerInline container)
    {
        var previous = new System.Text.StringBuilder();
        foreach (var literal in container.Descendants<LiteralInline>())
        {
            var text = literal.Content.ToString();
            if (!text.Contains('"'))
            {
                previous.Append(text);
                continue;
            }
            var chars = text.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                if (chars[i] == '"')
                {
                    chars[i] = Opens(previous, chars, i) ? Open : Close;
                }
                previous.Append(chars[i]);
            }
            literal.Content = new StringSlice(new string(chars));
        }
    }

    private static bool Opens(System.Text.StringBuilder before, char[] chars, int i)
    {
        var next = i + 1 < chars.Length ? chars[i + 1] : ' ';
        if (char.IsWhiteSpace(next) || next is '.' or '،' or ',' or '؛' or ')' or '؟')
        {
            return false;
        }
        if (before.Length == 0)
        {
            return true;
        }
        var prev = before[^1];
        if (char.IsWhiteSpace(prev) || prev is '(' or '[' or '\u0640' or '-' or '«' or '/' or ':')
        {
            return true;
        }
        return char.IsLetter(prev) && Proclitics.Contains(TrailingWord(before));
    }

    private static string TrailingWord(System.Text.StringBuilder before)
    {
        var start = before.Length;
        while (start > 0 && char.IsLetter(before[start - 1]) && before.Length - start < 4)
        {
            start--;
        }
        return start > 0 && char.IsLetter(before[start - 1]) ? "" : before.ToString(start, before.Length - start);
    }
}
