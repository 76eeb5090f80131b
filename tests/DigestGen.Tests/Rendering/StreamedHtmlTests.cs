using DigestGen.Content;
using DigestGen.Diagnostics;
using DigestGen.Rendering;

namespace DigestGen.Tests.Rendering;

/// <summary>
/// Generated markup that writes itself into the page (an article's annotated body): printed, it is the
/// same unescaped markup <see cref="RawHtml"/> would print; read as a value, it is that markup as a string.
/// </summary>
public sealed class StreamedHtmlTests : IDisposable
{
    private const string Body = "<p>قالت <a href=\"/digest/entities/alibaba/\">علي بابا</a> إن &quot;Qwen3&quot; جاهز.</p>";

    private readonly TestTheme _theme = new();

    public void Dispose() => _theme.Dispose();

    private (string? Html, int Writes) Render(string template)
    {
        var bag = new DiagnosticBag();
        var writes = 0;
        var body = new StreamedHtml(output =>
        {
            writes++;
            output.Append(Body);
        });
        var html = _theme.Render(template, body, bag, title: "خبر");
        Assert.Empty(bag.Sorted());
        return (html, writes);
    }

    [Fact]
    public void PrintedItIsTheMarkupUnescapedWrittenOnce()
    {
        var (html, writes) = Render("<div class=\"article__body\">{{ page.data }}</div>");

        Assert.Equal($"<div class=\"article__body\">{Body}</div>", html);
        Assert.Equal(1, writes);
    }

    [Fact]
    public void AssignedAndPrintedLaterItIsTheSameMarkup() =>
        Assert.Equal($"[{Body}]", Render("{{ b = page.data }}[{{ b }}]").Html);

    [Fact]
    public void ReadAsAValueItIsTheMarkupAsAString()
    {
        // A filter sees a string; printing that string escapes it like any other text.
        var (html, _) = Render("{{ page.data | string.size }}|{{ page.data.html }}");

        Assert.Equal($"{Body.Length}|{System.Net.WebUtility.HtmlEncode(Body)}", html);
    }
}
