using DigestGen.Content;
using DigestGen.Diagnostics;
using DigestGen.Rendering;

namespace DigestGen.Tests.Rendering;

/// <summary><c>include</c>: printed in place, or used as a value, the partial's markup is the same and never escaped.</summary>
public sealed class TrustedIncludeTests : IDisposable
{
    private readonly string _theme = Path.Combine(Path.GetTempPath(), "digestgen-include-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_theme, recursive: true);

    private string? Render(string page)
    {
        Write("pages/test.sbn", page);
        Write("partials/p.sbn", "<pre>a\n b</pre>{{ page.title }}");
        var bag = new DiagnosticBag();
        var templates = TemplateSet.Load(_theme, bag);
        var config = new DigestConfig { BaseUrl = "https://example.github.io/digest/" };
        var site = new SiteView("موجز", "", config.BaseUrl, config.BasePath, "ar", "rtl", null, false, "test");
        using var renderer = new PageRenderer(templates, site, new TemplateFunctions(config).ToScriptObject());
        var view = new PageView { Kind = "test", Title = "<عنوان>", Path = "test/" };
        return renderer.Render(new Page("test/index.html", "test", view), bag);
    }

    private void Write(string name, string text)
    {
        var path = Path.Combine(_theme, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public void APartialPrintedInPlaceWritesItsMarkupWhereItStands() =>
        Assert.Equal("<div><pre>a\n b</pre>&lt;عنوان&gt;</div>", Render("<div>{{ include 'partials/p' }}</div>"));

    [Fact]
    public void APartialUsedAsAValueIsTheSameMarkup() =>
        Assert.Equal("[<pre>a\n b</pre>&lt;عنوان&gt;]", Render("{{ x = include 'partials/p' }}[{{ x }}]"));

    [Fact]
    public void AnIndentedIncludeLeavesThePartialsLinesAsWritten() =>
        // Scriban's auto-indent would put the include's indentation before " b" inside the <pre>.
        Assert.Equal("<div>\n    <pre>a\n b</pre>&lt;عنوان&gt;\n</div>", Render("<div>\n    {{ include 'partials/p' }}\n</div>"));
}
