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

    private readonly string _theme = Path.Combine(Path.GetTempPath(), "digestgen-streamed-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_theme, recursive: true);

    private (string? Html, int Writes) Render(string template)
    {
        var path = Path.Combine(_theme, "pages", "test.sbn");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, template);
        var bag = new DiagnosticBag();
        var config = new DigestConfig { BaseUrl = "https://example.github.io/digest/" };
        var site = new SiteView("موجز", "", config.BaseUrl, config.BasePath, "ar", "rtl", null, false, "test");
        using var renderer = new PageRenderer(TemplateSet.Load(_theme, bag), site, new TemplateFunctions(config).ToScriptObject());
        var writes = 0;
        var body = new StreamedHtml(output =>
        {
            writes++;
            output.Append(Body);
        });
        var view = new PageView { Kind = "test", Title = "خبر", Path = "test/", Data = body };
        var html = renderer.Render(new Page("test/index.html", "test", view), bag);
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
