using DigestGen.Checking;

namespace DigestGen.Tests.Publishing;

public sealed class LinkResolverTests
{
    private static readonly PageScan Article = new("articles/x/index.html", new HashSet<string> { "main", "ملاحظة" }, []);
    private static readonly PageScan Tag = new("tags/الصين/index.html", new HashSet<string> { "main" }, []);

    private static readonly LinkResolver Resolver = new("/digest/", "https://example.github.io",
        new HashSet<string> { "index.html", "articles/x/index.html", "tags/الصين/index.html", "assets/css/site.css", "feed.xml" },
        new Dictionary<string, PageScan> { [Article.RelativePath] = Article, [Tag.RelativePath] = Tag });

    private static string? Problem(string url, PageScan? on = null) =>
        Resolver.Problem(on ?? Article, new PageReference(url, "link", 1, 1))?.Message;

    [Theory]
    [InlineData("/digest/")]
    [InlineData("/digest/articles/x/")]
    [InlineData("/digest/articles/x")]
    [InlineData("/digest/articles/x/index.html")]
    [InlineData("../../")]
    [InlineData("../../assets/css/site.css?v=2")]
    [InlineData("#main")]
    [InlineData("#")]
    [InlineData("#top")]
    [InlineData("")]
    [InlineData("/digest/articles/x/#%D9%85%D9%84%D8%A7%D8%AD%D8%B8%D8%A9")]
    [InlineData("/digest/tags/%D8%A7%D9%84%D8%B5%D9%8A%D9%86/")]
    [InlineData("/digest/tags/الصين/#main")]
    [InlineData("https://example.github.io/digest/feed.xml")]
    [InlineData("https://elsewhere.example/digest/missing/")]
    [InlineData("//cdn.example/x.js")]
    [InlineData("mailto:desk@example.com")]
    [InlineData("data:image/png;base64,AAAA")]
    public void ResolvesWhatAStaticHostWouldServe(string url) => Assert.Null(Problem(url));

    [Theory]
    [InlineData("/digest/articles/y/", "the site has no articles/y/index.html")]
    [InlineData("../y/", "the site has no articles/y/index.html")]
    [InlineData("/digest/tags/%D8%A7%D9%84%D9%87%D9%86%D8%AF/", "the site has no tags/الهند/index.html")]
    [InlineData("#nowhere", "points at #nowhere, but articles/x/index.html has no element with that id")]
    [InlineData("/digest/tags/الصين/#x", "points at #x, but tags/الصين/index.html has no element with that id")]
    [InlineData("/articles/x/", "points outside the base path /digest/")]
    [InlineData("https://example.github.io/articles/x/", "points outside the base path /digest/")]
    [InlineData("https://example.github.io/digest/missing.xml", "the site has no missing.xml")]
    public void ReportsWhatWouldBeMissing(string url, string expected) => Assert.Contains(expected, Problem(url));

    [Fact]
    public void AUrlFromTheRootIsTheSameOnEveryPageAndKeepsEachReferencesKind()
    {
        var onArticle = Resolver.Problem(Article, new PageReference("/digest/articles/y/", "link", 3, 1));
        var onTag = Resolver.Problem(Tag, new PageReference("/digest/articles/y/", "image", 9, 4));

        Assert.Equal("link \"/digest/articles/y/\" does not resolve: the site has no articles/y/index.html", onArticle?.Message);
        Assert.Equal("image \"/digest/articles/y/\" does not resolve: the site has no articles/y/index.html", onTag?.Message);
    }

    [Fact]
    public void ARelativeUrlIsResolvedAgainstEachPageItIsOn()
    {
        Assert.Contains("the site has no articles/y/index.html", Problem("../y/", Article));
        Assert.Contains("the site has no tags/y/index.html", Problem("../y/", Tag));
        Assert.Contains("but articles/x/index.html has no element", Problem("#الصين", Article));
        Assert.Contains("but tags/الصين/index.html has no element", Problem("#الصين", Tag));
    }

    [Fact]
    public void ListsAPagesUnresolvedReferencesInItsOrder()
    {
        var page = Article with
        {
            References = [new("/digest/", "link", 1, 1), new("/digest/gone/", "link", 2, 1), new("#main", "link", 3, 1), new("../../x.png", "image", 4, 2)],
        };

        var problems = Resolver.Problems(page).Select(p => (p.Reference.Line, p.Problem.Message)).ToList();

        Assert.Equal([(2, "link \"/digest/gone/\" does not resolve: the site has no gone/index.html"), (4, "image \"../../x.png\" does not resolve: the site has no x.png")], problems);
    }
}
