using System.Xml.Linq;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Publishing;

public sealed class FeedTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private const string Title = "\"علي بابا\" & شركاؤها <تجربة>";
    private const string Summary = "ملخص فيه “اقتباس” و & و <b>وسم</b>";

    private TestSite OneArticle(string config = "") => _site
        .Config("title: موجز & أخبار\nbase_url: https://example.github.io/digest/\n" + config)
        .Article("a.md", TestSite.ArticleText(Title, "2025-04-29T09:30:00+03:00", "فقرة أولى فيها **خط عريض**.",
            $"slug: escaped\nsummary: '{Summary}'\ntags: [ذكاء اصطناعي]\n"));

    [Fact]
    public void EscapesTitlesAndSummariesExactlyOnce()
    {
        var run = OneArticle().Build();
        Assert.True(run.ExitCode == 0, run.ToString());

        var raw = _site.ReadOutput("feed.xml");
        var entry = XDocument.Parse(raw).Root!.Element(Atom + "entry")!;

        Assert.Equal(Title, entry.Element(Atom + "title")!.Value);
        Assert.Equal(Summary, entry.Element(Atom + "summary")!.Value);
        Assert.Equal("موجز & أخبار", XDocument.Parse(raw).Root!.Element(Atom + "title")!.Value);
        Assert.DoesNotContain("&amp;amp;", raw);
        Assert.DoesNotContain("&amp;quot;", raw);
        Assert.DoesNotContain("&amp;lt;", raw);
    }

    [Fact]
    public void FullContentCarriesTheArticleHtmlOnceEscaped()
    {
        OneArticle().Build();

        var content = XDocument.Parse(_site.ReadOutput("feed.xml")).Root!.Element(Atom + "entry")!.Element(Atom + "content")!;

        Assert.Equal("html", content.Attribute("type")!.Value);
        Assert.Contains("<strong>خط عريض</strong>", content.Value);
    }

    [Fact]
    public void SummaryModeLeavesTheBodyOut()
    {
        var run = OneArticle("feed_content: summary\n").Build();
        Assert.True(run.ExitCode == 0, run.ToString());

        var entry = XDocument.Parse(_site.ReadOutput("feed.xml")).Root!.Element(Atom + "entry")!;

        Assert.Null(entry.Element(Atom + "content"));
        Assert.Equal(Summary, entry.Element(Atom + "summary")!.Value);
        Assert.DoesNotContain("content_html", _site.ReadOutput("feed.json"));
    }

    [Fact]
    public void FeedItemsLimitsTheFeed()
    {
        OneArticle("feed_items: 1\n")
            .Article("b.md", TestSite.ArticleText("خبر أقدم", "2025-01-01", "نص."));

        var run = _site.Build();
        Assert.True(run.ExitCode == 0, run.ToString());

        var entries = XDocument.Parse(_site.ReadOutput("feed.xml")).Root!.Elements(Atom + "entry").ToList();
        Assert.Equal("https://example.github.io/digest/articles/escaped/", Assert.Single(entries).Element(Atom + "id")!.Value);
    }

    [Fact]
    public void TwoBuildsWriteByteIdenticalFeedsAndSitemap()
    {
        OneArticle().Article("b.md", TestSite.ArticleText("خبر أقدم", "2025-01-01", "نص.", "tags: [ذكاء اصطناعي]\n"));
        string[] files = ["feed.xml", "feed.json", "sitemap.xml", "robots.txt", "tags/ذكاء-اصطناعي/feed.xml"];

        _site.Build();
        var first = files.Select(_site.ReadOutput).ToList();
        _site.Build();

        Assert.Equal(first, files.Select(_site.ReadOutput).ToList());
    }
}
