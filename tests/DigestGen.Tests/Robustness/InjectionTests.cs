using AngleSharp.Dom;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Robustness;

/// <summary>
/// Nothing a content author writes may run in a reader's browser: every output file of a hostile
/// site is checked for injected elements, event handlers, script URLs and bidi overrides.
/// </summary>
public sealed class InjectionTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void EmitsNoScriptHandlerOrScriptUrlFromContent(bool unsafeHtml)
    {
        HostileSite.Write(_site, unsafeHtml);

        var run = _site.Build();

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var file in HtmlFiles())
        {
            var document = Html.Parse(File.ReadAllText(file));
            foreach (var element in document.All)
            {
                var handlers = element.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).Select(a => $"{file}: <{element.LocalName} {a.Name}>");
                Assert.Empty(handlers);
                foreach (var attribute in element.Attributes.Where(a => a.Name is "href" or "src" or "action" or "formaction"))
                {
                    Assert.False(IsScriptUrl(attribute.Value), $"{file}: {element.LocalName} {attribute.Name}={attribute.Value}");
                }
            }
            Assert.All(document.QuerySelectorAll("script"), s => AssertThemeScript(file, s));
            Assert.Empty(document.QuerySelectorAll("iframe, object, embed, img[onerror]"));
        }
    }

    [Fact]
    public void ShowsHostileTextAsText()
    {
        HostileSite.Write(_site);

        Assert.Equal(0, _site.Build().ExitCode);

        var page = Html.Parse(_site.ReadOutput("articles/hostile/index.html"));
        Assert.Contains(HostileSite.Script, page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(5)>", page.QuerySelector(".article__body")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("ملخص " + HostileSite.Script + " " + HostileSite.Attribute, page.QuerySelector("meta[name=description]")!.GetAttribute("content"), StringComparison.Ordinal);
    }

    [Fact]
    public void RemovesRawHtmlButKeepsFormattingWhenUnsafeHtmlIsOn()
    {
        HostileSite.Write(_site, unsafeHtml: true);

        Assert.Equal(0, _site.Build().ExitCode);

        var body = Html.Parse(_site.ReadOutput("articles/hostile/index.html")).QuerySelector(".article__body")!;
        Assert.Equal("عريض", body.QuerySelector("b")!.TextContent);
        Assert.Contains("داخل HTML", body.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(14)", body.InnerHtml, StringComparison.Ordinal);
        Assert.Null(body.QuerySelector("img[onerror]"));
    }

    [Fact]
    public void KeepsSafeLinksAndWarnsAboutScriptLinks()
    {
        HostileSite.Write(_site);

        var run = _site.Build();

        var body = Html.Parse(_site.ReadOutput("articles/hostile/index.html")).QuerySelector(".article__body")!;
        Assert.Contains(body.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://example.com/ok");
        Assert.Contains("hostile.md(12,1): warning: link to 'javascript:alert(6)' removed", run.Stderr.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Contains("javascript:alert(8)", body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void LeavesNoBidiOverrideInAnyOutputFile()
    {
        HostileSite.Write(_site);

        var run = _site.Build();

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("hostile.md(2,", run.Stderr.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Contains("warning: bidi control character U+202E removed", run.Stderr, StringComparison.Ordinal);
        foreach (var file in Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.False(text.Any(c => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069'), file);
        }
    }

    [Fact]
    public void KeepsJsonValidAndScriptSafe()
    {
        HostileSite.Write(_site);

        Assert.Equal(0, _site.Build().ExitCode);

        foreach (var file in Directory.EnumerateFiles(_site.Output, "*.json", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            using var _ = System.Text.Json.JsonDocument.Parse(text);
            Assert.DoesNotContain("</script", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void KeepsFeedsAndSitemapsWellFormedAndScriptFree()
    {
        HostileSite.Write(_site);

        Assert.Equal(0, _site.Build().ExitCode);

        foreach (var file in Directory.EnumerateFiles(_site.Output, "*.xml", SearchOption.AllDirectories))
        {
            var xml = System.Xml.Linq.XDocument.Parse(File.ReadAllText(file));
            Assert.DoesNotContain(xml.Descendants(), e => e.Name.LocalName is "script" or "iframe");
            foreach (var html in xml.Descendants().Where(e => (string?)e.Attribute("type") == "html"))
            {
                // Atom's type="html" content is escaped HTML: a feed reader renders it, so it must be as clean as a page.
                var fragment = Html.Parse(html.Value);
                Assert.Empty(fragment.QuerySelectorAll("script, iframe, object, embed"));
                Assert.DoesNotContain(fragment.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
                Assert.DoesNotContain(fragment.All, e => e.Attributes.Any(a => a.Name is "href" or "src" && IsScriptUrl(a.Value)));
            }
        }
    }

    private IEnumerable<string> HtmlFiles() => Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories);

    /// <summary>The theme may have scripts (JSON-LD, search); none may hold content's markup or break out.</summary>
    private static void AssertThemeScript(string file, IElement script)
    {
        if (script.GetAttribute("type") is "application/ld+json")
        {
            // Content may appear inside JSON-LD strings, but only as data: the block must stay valid JSON.
            using var _ = System.Text.Json.JsonDocument.Parse(script.TextContent);
        }
        else
        {
            Assert.DoesNotContain("alert(", script.TextContent, StringComparison.Ordinal);
        }
        Assert.False(script.HasAttribute("src") && IsScriptUrl(script.GetAttribute("src")!), file);
    }

    private static bool IsScriptUrl(string value)
    {
        var compact = new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        return compact.StartsWith("javascript:", StringComparison.Ordinal) || compact.StartsWith("vbscript:", StringComparison.Ordinal)
            || compact.StartsWith("data:text/html", StringComparison.Ordinal);
    }
}
