using System.Text.Json;
using AngleSharp.Html.Dom;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Publishing;

public sealed class MetadataTests : IDisposable
{
    private const string Title = "علي بابا تطلق \"Qwen3\" </script><script>alert(1)</script>";
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private IHtmlDocument Page(string path)
    {
        var run = _site
            .Config("title: موجز الاختبار\nbase_url: https://example.github.io/digest/\nauthor: مكتب التحرير\n")
            .Entities("orgs.yml", "- id: alibaba\n  name: علي بابا\n  type: organization\n  links: { wikipedia: https://ar.wikipedia.org/wiki/x }\n"
                + "- id: hangzhou\n  name: هانغتشو\n  type: place\n")
            .Article("qwen3.md", TestSite.ArticleText(Title, "2025-04-29T09:30:00+03:00",
                "أعلنت \"علي بابا\" في هانغتشو عن Qwen3. وقالت \"علي بابا\" إنه مفتوح.", "tags: [ذكاء اصطناعي]\nupdated: 2025-04-30T10:00:00+03:00\n"))
            .Build();
        Assert.True(run.ExitCode == 0, run.ToString());
        return Html.Parse(_site.ReadOutput(path));
    }

    private static JsonElement JsonLd(IHtmlDocument doc)
    {
        var script = Assert.Single(doc.QuerySelectorAll("script[type='application/ld+json']"));
        return JsonDocument.Parse(script.TextContent).RootElement;
    }

    private static string? Meta(IHtmlDocument doc, string key) =>
        doc.QuerySelector($"meta[property='{key}'], meta[name='{key}']")?.GetAttribute("content");

    [Fact]
    public void ArticlePagesCarryNewsArticleJsonLdListingTheEntities()
    {
        var ld = JsonLd(Page("articles/qwen3/index.html"));

        Assert.Equal("https://schema.org", ld.GetProperty("@context").GetString());
        Assert.Equal("NewsArticle", ld.GetProperty("@type").GetString());
        Assert.Equal(Title, ld.GetProperty("headline").GetString());
        Assert.Equal("2025-04-29T09:30:00+03:00", ld.GetProperty("datePublished").GetString());
        Assert.Equal("2025-04-30T10:00:00+03:00", ld.GetProperty("dateModified").GetString());
        Assert.Equal("مكتب التحرير", ld.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("موجز الاختبار", ld.GetProperty("publisher").GetProperty("name").GetString());
        var mentions = ld.GetProperty("mentions").EnumerateArray().ToList();
        Assert.Contains(mentions, m => m.GetProperty("name").GetString() == "هانغتشو" && m.GetProperty("@type").GetString() == "Place");
        Assert.Equal(["Qwen3", "علي بابا", "هانغتشو"], mentions.Select(m => m.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(["ذكاء اصطناعي"], ld.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal("https://example.github.io/digest/articles/qwen3/", ld.GetProperty("mainEntityOfPage").GetString());
        // about: only what the story keeps returning to (two mentions or more): "علي بابا", not هانغتشو.
        var about = Assert.Single(ld.GetProperty("about").EnumerateArray());
        Assert.Equal("Organization", about.GetProperty("@type").GetString());
        Assert.Equal("https://example.github.io/digest/entities/alibaba/", about.GetProperty("url").GetString());
    }

    [Fact]
    public void ScriptEndTagsInContentCannotBreakOutOfJsonLd()
    {
        var doc = Page("articles/qwen3/index.html");

        // The theme adds its own scripts (theme switch, entity cards); content must add none.
        Assert.Single(doc.QuerySelectorAll("script[type='application/ld+json']"));
        Assert.DoesNotContain(doc.QuerySelectorAll("script"), s => s.GetAttribute("type") != "application/ld+json" && s.TextContent.Contains("alert", StringComparison.Ordinal));
        Assert.DoesNotContain("</script><script>alert", _site.ReadOutput("articles/qwen3/index.html"));
        Assert.Equal(Title, JsonLd(doc).GetProperty("headline").GetString());
    }

    [Fact]
    public void ArticlePagesCarryOpenGraphTwitterAndCanonical()
    {
        var doc = Page("articles/qwen3/index.html");

        Assert.Equal(Title + " — موجز الاختبار", doc.Title);
        Assert.Equal("https://example.github.io/digest/articles/qwen3/", doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("article", Meta(doc, "og:type"));
        Assert.Equal(Title, Meta(doc, "og:title"));
        Assert.Equal("https://example.github.io/digest/articles/qwen3/", Meta(doc, "og:url"));
        Assert.Equal("2025-04-29T09:30:00+03:00", Meta(doc, "article:published_time"));
        Assert.Equal("summary", Meta(doc, "twitter:card"));
        Assert.False(string.IsNullOrEmpty(Meta(doc, "description")));
        Assert.Equal("/digest/feed.xml", doc.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href"));
    }

    [Fact]
    public void EntityPagesDescribeTheEntityAndLinkItsFeed()
    {
        var doc = Page("entities/alibaba/index.html");
        var ld = JsonLd(doc);

        Assert.Equal("Organization", ld.GetProperty("@type").GetString());
        Assert.Equal("علي بابا", ld.GetProperty("name").GetString());
        Assert.Equal(["https://ar.wikipedia.org/wiki/x"], ld.GetProperty("sameAs").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(JsonValueKind.Array, ld.GetProperty("alternateName").ValueKind);
        Assert.Equal("https://example.github.io/digest/entities/alibaba/", ld.GetProperty("url").GetString());
        var feeds = doc.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href")).ToList();
        Assert.Contains("/digest/entities/alibaba/feed.xml", feeds);
        Assert.Equal("Place", JsonLd(Html.Parse(_site.ReadOutput("entities/hangzhou/index.html"))).GetProperty("@type").GetString());
    }

    [Fact]
    public void ListPagesAreCollectionPages()
    {
        var home = JsonLd(Page("index.html"));

        Assert.Equal("CollectionPage", home.GetProperty("@type").GetString());
        Assert.Equal("https://example.github.io/digest/", home.GetProperty("url").GetString());
        Assert.Equal("CollectionPage", JsonLd(Html.Parse(_site.ReadOutput("entities/index.html"))).GetProperty("@type").GetString());
    }

    [Fact]
    public void NotFoundPageIsNotIndexedNorInTheSitemap()
    {
        var doc = Page("404.html");

        Assert.Equal("noindex", Meta(doc, "robots"));
        Assert.DoesNotContain("404", _site.ReadOutput("sitemap.xml"));
    }
}
