using AngleSharp.Html.Dom;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Linking;

/// <summary>A small digest about four companies, built with the real command line; assertions on the parsed pages.</summary>
public sealed class LinkedSiteTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private const string Gazetteer = """
        - id: deepseek
          name: ديبسيك
          type: organization
          description: شركة صينية ناشئة.
        - id: meta
          name: ميتا
          type: organization
        - id: china
          name: الصين
          type: place
        - id: jack-ma
          name: جاك ما
          type: person
        """;

    private TestSite Digest(int pageSize = 10) => _site
        .Config($"title: موجز\nbase_url: https://example.github.io/digest/\npage_size: {pageSize}\n")
        .Entities("all.yml", Gazetteer)
        .Article("r1.md", TestSite.ArticleText("ديبسيك تطلق R1", "2025-01-20", "أطلقت \"ديبسيك\" نموذجها. وقالت ديبسيك إن الكلفة منخفضة.\n\nوفي `ديبسيك` كود.",
            "tags: [ذكاء اصطناعي, الصين]\nsource: { name: وكالة المدار, url: https://example.com/a }\n"))
        .Article("selloff.md", TestSite.ArticleText("هبوط بعد ديبسيك", "2025-01-27", "تراجعت الأسهم بعد إعلان ديبسيك في الصين.",
            "tags: [أسواق]\nsource: { name: وكالة المدار }\n"))
        .Article("llama.md", TestSite.ArticleText("ميتا تطلق لاما", "2025-04-05", "أطلقت ميتا جيلاً جديداً. [رابط ميتا](https://meta.example)", "tags: [ذكاء اصطناعي]\n"))
        .Article("jack.md", TestSite.ArticleText("جاك ما يعود", "2025-02-17", "ظهر جاك ما في بكين.\n\n```\nجاك ما\n```", "tags: [الصين]\n"));

    private IHtmlDocument Page(string path) => Html.Parse(_site.ReadOutput(path));

    private static string OutputFileOf(string href) =>
        Uri.UnescapeDataString(href["/digest/".Length..].Split('#')[0]) is var p && (p.Length == 0 || p.EndsWith('/')) ? p + "index.html" : p;

    [Fact]
    public void LinksMentionsToEntityPagesThatExist()
    {
        var run = Digest().Build();
        Assert.True(run.ExitCode == 0, run.ToString());

        var links = Page("articles/r1/index.html").QuerySelectorAll(".article__body a.entity");

        var link = Assert.Single(links);
        Assert.Equal("/digest/entities/deepseek/", link.GetAttribute("href"));
        Assert.True(_site.OutputExists(OutputFileOf(link.GetAttribute("href")!)));
        Assert.NotNull(Page("articles/r1/index.html").GetElementById(link.GetAttribute("aria-describedby")!));
    }

    [Fact]
    public void EveryInternalLinkOfEveryPageResolves()
    {
        Digest(pageSize: 1).Build();

        var broken = Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories)
            .SelectMany(file => Html.Parse(File.ReadAllText(file)).QuerySelectorAll("a[href^='/digest/']")
                .Select(a => (Page: Path.GetRelativePath(_site.Output, file), Href: a.GetAttribute("href")!)))
            .Where(x => !_site.OutputExists(OutputFileOf(x.Href)))
            .ToList();

        Assert.Empty(broken);
    }

    [Fact]
    public void TagsAndSourcesTooLongForAFolderNameGetAShortenedPageThatLinksResolveTo()
    {
        // 180 Arabic letters are 360 bytes: a folder's name holds 255. Two such names that start alike stay apart.
        var tag = string.Concat(Enumerable.Repeat("وسم ", 45)).Trim();
        var source = string.Concat(Enumerable.Repeat("مصدر ", 36)).Trim();
        _site.Config("title: موجز\nbase_url: https://example.github.io/digest/\n")
            .Article("long.md", TestSite.ArticleText("خبر بوسم طويل", "2025-01-20", "نص.", $"tags: [{tag}, {tag} آخر]\nsource: {{ name: {source} }}\n"));

        var run = _site.Build();

        Assert.True(run.ExitCode == 0, run.ToString());
        var page = Page("articles/long/index.html");
        var links = page.QuerySelectorAll(".article__tags a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(2, links.Distinct().Count());
        links.Add(page.QuerySelector(".article__meta a[href*='/sources/']")!.GetAttribute("href")!);
        foreach (var href in links)
        {
            var folder = OutputFileOf(href).Split('/')[1];
            Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(folder), 1, 255);
            Assert.True(_site.OutputExists(OutputFileOf(href)), href);
        }
        Assert.Contains(tag, Html.Parse(_site.ReadOutput(OutputFileOf(links[0]))).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void NeverPutsEntityMarkupInsideLinksOrCode()
    {
        Digest().Build();

        foreach (var path in new[] { "articles/r1/index.html", "articles/llama/index.html", "articles/jack/index.html" })
        {
            var doc = Page(path);
            Assert.Empty(doc.QuerySelectorAll(".article__body a a, .article__body a [data-entity], .article__body code [data-entity], .article__body pre [data-entity]"));
        }
        Assert.Equal("ميتا", Page("articles/llama/index.html").QuerySelector(".article__body a.entity")!.TextContent);
    }

    [Fact]
    public void RelatesArticlesThatShareAnEntity()
    {
        Digest().Build();

        var related = Page("articles/r1/index.html").QuerySelectorAll("[data-related] a").Select(a => a.GetAttribute("href")).ToList();

        // selloff shares two entities (ديبسيك, الصين); the others share only a tag.
        Assert.Equal("/digest/articles/selloff/", related[0]);
        Assert.DoesNotContain("/digest/articles/r1/", related);
        Assert.Equal(3, related.Count);
    }

    [Fact]
    public void ListsOnAnEntityPageExactlyTheArticlesThatMentionIt()
    {
        Digest().Build();

        var doc = Page("entities/deepseek/index.html");
        var listed = doc.QuerySelectorAll(".mention__title a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(["/digest/articles/selloff/", "/digest/articles/r1/"], listed);
        Assert.Equal("ديبسيك", doc.QuerySelector(".mention__snippet mark")!.TextContent);
        Assert.NotNull(doc.QuerySelector("svg[role=img][aria-label]"));
    }

    [Fact]
    public void ShowsAnEntitysTimelineAndCoMentionsOnItsFirstPageOnly()
    {
        Digest(pageSize: 1).Build();

        var first = Page("entities/deepseek/index.html");
        var coMentioned = first.QuerySelectorAll(".entity-page__related .co-mentions a.entity");
        Assert.Equal(["/digest/entities/china/"], coMentioned.Select(a => a.GetAttribute("href")));
        Assert.Equal("الصين", coMentioned[0].TextContent);
        var chart = first.QuerySelector("figure.timeline svg[role=img]");
        Assert.NotNull(chart);
        // Named once, by aria-label; each month's bar keeps its own title.
        Assert.Contains("ديبسيك", chart.GetAttribute("aria-label"));
        Assert.Null(chart.QuerySelector(":scope > title"));
        Assert.All(chart.QuerySelectorAll("rect.timeline__bar"), bar => Assert.NotNull(bar.QuerySelector("title")));
        var second = Page("entities/deepseek/page/2/index.html");
        Assert.Null(second.QuerySelector("figure.timeline"));
        Assert.Null(second.QuerySelector(".entity-page__related"));
        Assert.Single(second.QuerySelectorAll(".mention"));
    }

    [Fact]
    public void GroupsTheEntitiesIndexByTypeWithCounts()
    {
        Digest().Build();

        var doc = Page("entities/index.html");

        Assert.Equal(["person", "organization", "place"], doc.QuerySelectorAll("[data-type]").Select(s => s.GetAttribute("data-type")));
        Assert.True(_site.OutputExists("entities/type/organization/index.html"));
    }

    [Fact]
    public void PaginatesATagPageAtThePageSize()
    {
        Digest(pageSize: 1).Build();

        Assert.True(_site.OutputExists("tags/الصين/index.html"));
        Assert.True(_site.OutputExists("tags/الصين/page/2/index.html"));
        Assert.False(_site.OutputExists("tags/الصين/page/3/index.html"));
        var first = Page("tags/الصين/index.html");
        Assert.Single(first.QuerySelectorAll("article.card"));
        Assert.Null(first.QuerySelector(".pager a[rel=prev]"));
        Assert.Equal("/digest/tags/%D8%A7%D9%84%D8%B5%D9%8A%D9%86/page/2/", first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
        var last = Page("tags/الصين/page/2/index.html");
        Assert.Null(last.QuerySelector(".pager a[rel=next]"));
        Assert.Equal("/digest/tags/%D8%A7%D9%84%D8%B5%D9%8A%D9%86/", last.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href"));
    }

    [Fact]
    public void FillsTheLastPageExactlyWhenTheCountDividesThePageSize()
    {
        Digest(pageSize: 2).Build();

        Assert.Equal(2, Page("archive/2025/01/index.html").QuerySelectorAll("article.card").Length);
        Assert.False(_site.OutputExists("archive/2025/01/page/2/index.html"));
        Assert.Null(Page("archive/2025/01/index.html").QuerySelector(".pager"));
    }

    [Fact]
    public void BuildsSourceAndArchivePagesWithBreadcrumbs()
    {
        Digest().Build();

        var source = Page("sources/وكالة-المدار/index.html");
        Assert.Equal(2, source.QuerySelectorAll("article.card").Length);
        Assert.Equal(["الرئيسية", "المصادر", "وكالة المدار"], source.QuerySelectorAll(".breadcrumbs li").Select(li => li.TextContent.Trim()));
        var archive = Page("archive/index.html").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/digest/archive/2025/04/", "/digest/archive/2025/02/", "/digest/archive/2025/01/"], archive);
    }

    [Fact]
    public void ShowsTheEditorsNoteAndCorrectionsAtopTheArticle()
    {
        _site.Config("title: موجز\nbase_url: https://example.github.io/digest/\n")
            .Article("fix.md", TestSite.ArticleText("خبر مصحح", "2025-03-01", "نص الخبر.\n\n::: correction\nصُحح الرقم.\n:::",
                "updated: 2025-03-02\nnote: لماذا يهمنا هذا الخبر\n"));

        var run = _site.Build();

        Assert.True(run.ExitCode == 0, run.ToString());
        var header = Page("articles/fix/index.html").QuerySelector(".article__header")!;
        Assert.Contains("لماذا يهمنا هذا الخبر", header.QuerySelector(".article__note")!.TextContent);
        var correction = header.QuerySelector(".article__corrections li")!;
        Assert.Contains("صُحح الرقم.", correction.TextContent);
        Assert.StartsWith("2025-03-02", correction.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.NotNull(Page("articles/fix/index.html").QuerySelector(".article__body aside.annotation--correction[role=note]"));
    }

    [Fact]
    public void PublishesTwoTagsThatSlugAlikeOnTwoPagesAndWarns()
    {
        _site.Article("a.md", TestSite.ArticleText("أ", "2025-03-01", "نص.", "tags: [الصين]\n"))
            .Article("b.md", TestSite.ArticleText("ب", "2025-03-02", "نص.", "tags: ['الصين!']\n"));

        var run = _site.Build();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("share the URL segment", run.Stderr);
        Assert.Equal("/articles/a/", Page("tags/الصين/index.html").QuerySelector(".card__title a")!.GetAttribute("href"));
        Assert.Equal("/articles/b/", Page("tags/الصين-2/index.html").QuerySelector(".card__title a")!.GetAttribute("href"));
    }

    [Fact]
    public void ShowsPreviousAndNextArticlesByDate()
    {
        Digest().Build();

        var doc = Page("articles/jack/index.html");

        Assert.Equal("/digest/articles/selloff/", doc.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/digest/articles/llama/", doc.QuerySelector("a[rel=next]")!.GetAttribute("href"));
    }
}
