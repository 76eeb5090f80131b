using DigestGen.Tests.Support;

namespace DigestGen.Tests.Build;

public sealed class BuildsValidSiteTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private TestSite TwoArticles() => _site
        .Config("title: موجز الاختبار\nbase_url: https://example.github.io/digest/\ntimezone: Asia/Beirut\n")
        .Entities("orgs.yml", "- id: alibaba\n  name: علي بابا\n  type: organization\n")
        .Article("2025/04/qwen3.md", TestSite.ArticleText("علي بابا تطلق \"Qwen3\"", "2025-04-29", "أعلنت \"علي بابا\" عن سلسلة Qwen3 الجديدة.", "tags: [ذكاء اصطناعي]\n"))
        .Article("quark.md", TestSite.ArticleText("تحديث كوارك", "2025-03-10T09:00:00+03:00", "طرحت لعلي بابا نسخة من كوارك.", "slug: quark-update\n"));

    [Fact]
    public void WritesHomeArticlesAnd404UnderPrettyUrls()
    {
        var run = TwoArticles().Build();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(_site.OutputExists("index.html"));
        Assert.True(_site.OutputExists("articles/qwen3/index.html"));
        Assert.True(_site.OutputExists("articles/quark-update/index.html"));
        Assert.True(_site.OutputExists("404.html"));
        Assert.True(_site.OutputExists(".nojekyll"));
    }

    [Fact]
    public void EveryPageIsArabicRightToLeft()
    {
        TwoArticles().Build();

        var doc = Html.Parse(_site.ReadOutput("articles/qwen3/index.html"));
        Assert.Equal("ar", doc.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", doc.DocumentElement.GetAttribute("dir"));
    }

    [Fact]
    public void LinksCarryTheBasePathOfAProjectSite()
    {
        TwoArticles().Build();

        var doc = Html.Parse(_site.ReadOutput("index.html"));
        var hrefs = doc.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!).ToList();
        Assert.Contains("/digest/articles/qwen3/", hrefs);
        Assert.All(hrefs.Where(h => h.StartsWith('/')), h => Assert.StartsWith("/digest/", h));
    }

    [Fact]
    public void BaseUrlOptionOverridesTheConfig()
    {
        TwoArticles().Build("--base-url", "https://news.example/other/");

        var doc = Html.Parse(_site.ReadOutput("articles/qwen3/index.html"));
        Assert.Equal("https://news.example/other/articles/qwen3/", doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public void GroupsTheHomeDigestByDayNewestFirst()
    {
        TwoArticles().Build();

        var doc = Html.Parse(_site.ReadOutput("index.html"));
        var days = doc.QuerySelectorAll("main time").Select(t => t.TextContent).Where(t => t.Split(' ').Length > 3).ToList();
        Assert.Equal("الثلاثاء 29 نيسان/ أبريل 2025", days[0]);
        Assert.Contains("الاثنين 10 آذار/ مارس 2025", days);
    }

    [Fact]
    public void EscapesMarkupFromFrontMatter()
    {
        _site.Article("x.md", TestSite.ArticleText("<script>alert(1)</script> خبر", "2025-01-01", "نص."));

        var run = _site.Build();

        Assert.Equal(0, run.ExitCode);
        var html = _site.ReadOutput("articles/x/index.html");
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&lt;script&gt;", html);
    }
}
