using System.Text.Json;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Build;

/// <summary>What the default theme adds to every site: the app manifest, icons and fonts, all served by the site itself.</summary>
public sealed class ThemeOutputTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private CliRun Build() => _site
        .Config("title: موجز التقنية العربي\ndescription: أخبار التقنية بالعربية\nbase_url: https://example.github.io/digest/\n")
        .Article("a.md", TestSite.ArticleText("خبر", "2025-04-29", string.Join(' ', Enumerable.Repeat("كلمة", 450))))
        .Build();

    [Fact]
    public void FillsTheWebManifestWithTheDigestsNameAndLanguage()
    {
        Assert.True(Build().ExitCode == 0);

        using var manifest = JsonDocument.Parse(_site.ReadOutput("assets/manifest.webmanifest"));
        var root = manifest.RootElement;
        Assert.Equal("موجز التقنية العربي", root.GetProperty("name").GetString());
        Assert.Equal("موجز التقنية", root.GetProperty("short_name").GetString());
        Assert.Equal("ar", root.GetProperty("lang").GetString());
        Assert.Equal("rtl", root.GetProperty("dir").GetString());
        Assert.All(root.GetProperty("icons").EnumerateArray(), icon =>
            Assert.True(_site.OutputExists("assets/" + icon.GetProperty("src").GetString()), icon.ToString()));
    }

    [Fact]
    public void EveryPageDeclaresIconsAndManifestUnderTheBasePath()
    {
        Build();

        foreach (var page in new[] { "index.html", "articles/a/index.html", "404.html" })
        {
            var doc = Html.Parse(_site.ReadOutput(page));
            var icons = doc.QuerySelectorAll("link[rel~=icon], link[rel=apple-touch-icon], link[rel=manifest]").Select(l => l.GetAttribute("href")!).ToList();
            Assert.Contains("/digest/assets/icons/favicon.ico", icons);
            Assert.Contains("/digest/assets/manifest.webmanifest", icons);
            Assert.All(icons, href => Assert.True(_site.OutputExists(href["/digest/".Length..]), href));
        }
    }

    [Fact]
    public void ScriptsAreDeferredAndFontsAreLocal()
    {
        Build();

        var doc = Html.Parse(_site.ReadOutput("articles/a/index.html"));
        Assert.All(doc.QuerySelectorAll("script[src]"), s => Assert.True(s.HasAttribute("defer"), s.OuterHtml));
        var css = _site.ReadOutput("assets/css/site.css");
        Assert.DoesNotContain("//fonts.", css);
        Assert.Contains("font-display: swap", css);
        Assert.True(_site.OutputExists("assets/fonts/noto-naskh-arabic-arabic-400-normal.woff2"));
    }

    [Fact]
    public void StatesReadingTimeWithArabicNumberAgreement()
    {
        Build();

        var doc = Html.Parse(_site.ReadOutput("articles/a/index.html"));
        Assert.Equal("وقت القراءة: دقيقتان", doc.QuerySelector(".reading-time")!.TextContent.Trim());
    }
}
