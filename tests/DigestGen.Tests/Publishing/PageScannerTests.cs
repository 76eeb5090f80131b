using DigestGen.Checking;

namespace DigestGen.Tests.Publishing;

/// <summary>
/// What <c>check</c> reads of a page: the parser skips text, comments, script and style bodies and the
/// attributes it does not need, and the tree is walked once; what it finds must be what the elements say.
/// </summary>
public sealed class PageScannerTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="ar" dir="rtl"><head><title>رابط <a href="/digest/not-a-link/"> في العنوان</title>
        <link rel="stylesheet" href="/digest/assets/css/site.css"><link rel="alternate" type="application/atom+xml" href="/digest/feed.xml">
        <script>document.write('<a href="/digest/from-script/">');</script><style>a::after { content: '<img src="x.png">' }</style>
        </head><body>
        <!-- <a href="/digest/commented-out/"> -->
        <h2 id="قمة-الذكاء-الاصطناعي">قمة "الذكاء الاصطناعي" في بكين</h2><a name="قديم"></a>
        <p>قالت <A HREF="/digest/entities/openai/" CLASS="entity" DATA-ENTITY="openai"><bdi>OpenAI</bdi></A> إن…</p>
        <img src="/digest/a.png" srcset="/digest/a-1x.png 1x, /digest/a-2x.png 2x" alt="صورة">
        <video src="/digest/v.mp4" poster="/digest/v.jpg"></video>
        <svg id="شعار"><use href="#icon-moon"/><image href="/digest/logo.png"/></svg>
        <textarea><a href="/digest/in-textarea/"></textarea>
        </body></html>
        """;

    private static readonly PageScan Scan = PageScanner.Scan("articles/x/index.html", Page);

    [Fact]
    public void ListsEveryReferenceWithItsKindInPageOrder()
    {
        var found = Scan.References.Select(r => (r.Url, r.Kind)).ToList();

        Assert.Equal(
            [
                ("/digest/assets/css/site.css", "stylesheet"),
                ("/digest/feed.xml", "alternate link"),
                ("/digest/entities/openai/", "link"),
                ("/digest/a.png", "image"),
                ("/digest/a-1x.png", "image"),
                ("/digest/a-2x.png", "image"),
                ("/digest/v.mp4", "media"),
                ("/digest/v.jpg", "image"),
                ("#icon-moon", "SVG reference"),
                ("/digest/logo.png", "image"),
            ],
            found);
    }

    [Fact]
    public void PlacesEachReferenceOnItsElementsLineAndColumn()
    {
        var link = Assert.Single(Scan.References, r => r.Url == "/digest/entities/openai/");
        var poster = Assert.Single(Scan.References, r => r.Url == "/digest/v.jpg");

        Assert.Equal((8, 9), (link.Line, link.Column)); // after "<p>قالت "
        Assert.Equal((10, 1), (poster.Line, poster.Column));
    }

    [Fact]
    public void KnowsTheIdsAndNamedAnchorsAPageCanBeLinkedTo()
    {
        // The heading's id is as Markdig writes it, Arabic kept; elements without an id add none (not even "").
        Assert.Equal(["شعار", "قديم", "قمة-الذكاء-الاصطناعي"], Scan.Ids.Order(StringComparer.Ordinal));
    }
}
