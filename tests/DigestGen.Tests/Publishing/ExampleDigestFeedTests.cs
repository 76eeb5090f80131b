using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace DigestGen.Tests.Publishing;

[Collection(ExampleDigestCollection.Name)]
public sealed class ExampleDigestFeedTests(ExampleDigestSite site)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private XDocument ReadXml(string path)
    {
        Assert.True(site.Build.ExitCode == 0, site.Build.ToString());
        using var reader = XmlReader.Create(Path.Combine(site.Output, path), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader);
    }

    [Fact]
    public void FeedParsesAsAtomWithAbsoluteUrlsUnderTheBasePath()
    {
        var feed = ReadXml("feed.xml").Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("https://example.github.io/digest/feed.xml", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(20, entries.Count); // feed_items defaults to 20; the example has 21 articles
        foreach (var entry in entries)
        {
            var href = entry.Element(Atom + "link")!.Attribute("href")!.Value;
            Assert.StartsWith("https://example.github.io/digest/articles/", href);
            Assert.Equal(href, entry.Element(Atom + "id")!.Value);
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "title")!.Value));
            Assert.NotNull(entry.Element(Atom + "content"));
        }
    }

    [Fact]
    public void FeedUpdatedIsTheNewestArticleNotTheBuildTime()
    {
        var feed = ReadXml("feed.xml").Root!;

        var newest = feed.Elements(Atom + "entry").Select(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value)).Max();
        Assert.Equal(newest, DateTimeOffset.Parse(feed.Element(Atom + "updated")!.Value));
        Assert.Equal("2025-05-15T15:30:00+03:00", feed.Element(Atom + "updated")!.Value);
    }

    [Fact]
    public void WritesAFeedPerEntityAndPerTag()
    {
        var alibaba = ReadXml("entities/alibaba/feed.xml").Root!;
        var china = ReadXml("tags/الصين/feed.xml").Root!;

        Assert.StartsWith("علي بابا", alibaba.Element(Atom + "title")!.Value);
        Assert.Equal("https://example.github.io/digest/entities/alibaba/feed.xml",
            alibaba.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        Assert.NotEmpty(alibaba.Elements(Atom + "entry"));
        Assert.All(china.Elements(Atom + "entry"), e => Assert.Contains(e.Elements(Atom + "category"), c => c.Attribute("term")!.Value == "الصين"));
        Assert.Equal("https://example.github.io/digest/tags/%D8%A7%D9%84%D8%B5%D9%8A%D9%86/",
            china.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value);
    }

    [Fact]
    public void JsonFeedListsTheSameArticlesWithAbsoluteUrls()
    {
        Assert.True(site.Build.ExitCode == 0, site.Build.ToString());
        using var json = JsonDocument.Parse(site.Read("feed.json"));
        var root = json.RootElement;

        Assert.Equal("https://jsonfeed.org/version/1.1", root.GetProperty("version").GetString());
        Assert.Equal("https://example.github.io/digest/feed.json", root.GetProperty("feed_url").GetString());
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(20, items.Count);
        Assert.All(items, i => Assert.StartsWith("https://example.github.io/digest/articles/", i.GetProperty("url").GetString()));
        Assert.All(items, i => Assert.Contains("<p>", i.GetProperty("content_html").GetString()));
    }

    [Fact]
    public void SitemapListsEveryPageButThe404WithLastmod()
    {
        var urls = ReadXml("sitemap.xml").Root!.Elements(Sitemap + "url").ToList();
        var indexable = Directory.EnumerateFiles(site.Output, "index.html", SearchOption.AllDirectories)
            .Where(f => !File.ReadAllText(f).Contains("<meta name=\"robots\" content=\"noindex\">"))
            .Select(f => ExampleDigestSite.BaseUrl + Path.GetRelativePath(site.Output, Path.GetDirectoryName(f)!).Replace('\\', '/') + "/")
            .Select(u => Uri.UnescapeDataString(u.Replace("/./", "/")))
            .Order(StringComparer.Ordinal);

        Assert.Equal(indexable, urls.Select(u => Uri.UnescapeDataString(u.Element(Sitemap + "loc")!.Value)).Order(StringComparer.Ordinal));
        Assert.All(urls, u => Assert.StartsWith("https://example.github.io/digest/", u.Element(Sitemap + "loc")!.Value));
        Assert.All(urls, u => Assert.True(DateTimeOffset.TryParse(u.Element(Sitemap + "lastmod")!.Value, out _)));
        Assert.DoesNotContain(urls, u => u.Element(Sitemap + "loc")!.Value.Contains("404"));
        var qwen3 = urls.Single(u => u.Element(Sitemap + "loc")!.Value.EndsWith("/articles/qwen3-release/"));
        Assert.Equal("2025-04-29T09:30:00+03:00", qwen3.Element(Sitemap + "lastmod")!.Value);
    }

    [Fact]
    public void RobotsPointsAtTheSitemap()
    {
        Assert.True(site.Build.ExitCode == 0, site.Build.ToString());

        Assert.Contains("Sitemap: https://example.github.io/digest/sitemap.xml", site.Read("robots.txt"));
    }
}
