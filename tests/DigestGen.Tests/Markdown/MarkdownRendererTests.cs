using DigestGen.Diagnostics;
using DigestGen.Markdown;

namespace DigestGen.Tests.Markdown;

public sealed class MarkdownRendererTests
{
    private static RenderedBody Render(string markdown, bool curly = false, DiagnosticBag? bag = null) =>
        new MarkdownRenderer(MarkdownPipelineFactory.Create(allowRawHtml: false), curly ? new QuoteTypographer() : null)
            .Render(markdown, "a.md", 5, bag ?? new DiagnosticBag());

    [Fact]
    public void PlainTextJoinsBlocksWithABlankLine()
    {
        var body = Render("## عنوان\n\nأعلنت **علي بابا** عن [نموذج](https://x.example) جديد.\n\n- بند أول\n- بند ثان\n");

        Assert.Equal("عنوان\n\nأعلنت علي بابا عن نموذج جديد.\n\nبند أول\n\nبند ثان", body.PlainText);
    }

    [Fact]
    public void KeepsArabicHeadingIds()
    {
        var body = Render("## خلفية الخبر\n");

        Assert.Contains("id=\"خلفية-الخبر\"", body.Html);
    }

    [Fact]
    public void RendersEditorsBlocksAsLabelledAsides()
    {
        var body = Render("::: correction\nصُحّح الرقم في 28 كانون الثاني.\n:::\n");

        Assert.Contains("<aside role=\"note\" class=\"annotation annotation--correction\"", body.Html);
        Assert.Contains("تصحيح", body.Html);
        Assert.Equal(["صُحّح الرقم في 28 كانون الثاني."], body.Corrections);
    }

    [Fact]
    public void EscapesRawHtmlByDefault()
    {
        var body = Render("نص <script>alert(1)</script>\n");

        Assert.DoesNotContain("<script>", body.Html);
    }

    [Fact]
    public void RemovesJavascriptLinksAndWarnsAtTheLine()
    {
        var bag = new DiagnosticBag();
        var body = Render("سطر\n\n[اضغط](javascript:alert(1))\n", bag: bag);

        Assert.DoesNotContain("javascript:", body.Html);
        Assert.Equal("a.md(7,1): warning: link to 'javascript:alert(1)' removed: only http(s), mailto and relative links are allowed", Assert.Single(bag.Sorted()).ToString());
    }

    [Theory]
    [InlineData("أعلنت \"علي بابا\" عن نموذج", "أعلنت «علي بابا» عن نموذج")]
    [InlineData("منافساً لـ\"ديبسيك\" في الرياضيات", "منافساً لـ«ديبسيك» في الرياضيات")]
    [InlineData("\"أنثروبيك\" و\"غوغل\"", "«أنثروبيك» و«غوغل»")]
    [InlineData("الـ\"مزيج\" الجديد", "الـ«مزيج» الجديد")]
    public void CurlsQuotesAfterProcliticsLikeAnyOther(string markdown, string expected) =>
        Assert.Equal(expected, Render(markdown, curly: true).PlainText);
}
