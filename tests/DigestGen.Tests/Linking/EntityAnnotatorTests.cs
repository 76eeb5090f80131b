using DigestGen.Diagnostics;
using DigestGen.Entities;
using DigestGen.Markdown;
using DigestGen.Rendering.Annotation;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Linking;

public sealed class EntityAnnotatorTests
{
    private static readonly MarkdownRenderer Renderer = new(MarkdownPipelineFactory.Create(false));

    /// <summary>Renders Markdown, finds each name's occurrences in the plain text (as an extractor would) and annotates.</summary>
    private static AngleSharp.Html.Dom.IHtmlDocument Annotate(string markdown, bool linkAll = false, params (string Id, string Name)[] names)
    {
        var body = Renderer.Render(markdown, "test.md", 1, new DiagnosticBag());
        var entities = names.Select(n => new AnnotatedEntity(n.Id, EntityType.Organization, $"/d/entities/{n.Id}/", $"entity-card-{n.Id}",
            Occurrences(body.PlainText, n.Name))).ToList();
        return Html.Parse(new EntityAnnotator(linkAll).Annotate(body.Html, body.PlainText, entities));
    }

    private static List<Mention> Occurrences(string text, string name)
    {
        var mentions = new List<Mention>();
        for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + name.Length, StringComparison.Ordinal))
        {
            mentions.Add(new Mention(name, i, name.Length));
        }
        return mentions;
    }

    [Fact]
    public void LinksTheFirstMentionAndMarksEveryOther()
    {
        var doc = Annotate("أعلنت \"علي بابا\" اليوم.\n\nوقالت علي بابا إن النموذج جديد، وأكدت علي بابا ذلك.", false, ("alibaba", "علي بابا"));

        var links = doc.QuerySelectorAll("a.entity");
        var link = Assert.Single(links);
        Assert.Equal("علي بابا", link.TextContent);
        Assert.Equal("/d/entities/alibaba/", link.GetAttribute("href"));
        Assert.Equal("alibaba", link.GetAttribute("data-entity"));
        Assert.Contains("entity--organization", link.ClassList);
        Assert.Equal("entity-card-alibaba", link.GetAttribute("aria-describedby"));
        Assert.Equal(2, doc.QuerySelectorAll("span.entity-mention[data-entity=alibaba]").Length);
    }

    [Fact]
    public void LinksEveryMentionWhenLinkAllMentionsIsOn()
    {
        var doc = Annotate("علي بابا أولاً.\n\nثم علي بابا ثانياً.", true, ("alibaba", "علي بابا"));

        Assert.Equal(2, doc.QuerySelectorAll("a.entity").Length);
    }

    [Fact]
    public void NeverLinksInsideExistingLinksCodeOrPre()
    {
        var markdown = "[موقع ديبسيك](https://deepseek.example) و`ديبسيك` هنا.\n\n```\nديبسيك\n```\n\nوأخيراً ديبسيك في النص.";

        var doc = Annotate(markdown, true, ("deepseek", "ديبسيك"));

        Assert.Empty(doc.QuerySelectorAll("a a, a [data-entity], code [data-entity], pre [data-entity]"));
        var link = Assert.Single(doc.QuerySelectorAll("a.entity"));
        Assert.Equal("P", link.ParentElement!.TagName);
        Assert.Contains("وأخيراً", link.ParentElement.TextContent);
    }

    [Fact]
    public void KeepsAGluedCliticInsideTheLinkedWord()
    {
        var doc = Annotate("التقى الوفد بالصين أمس.", false, ("china", "الصين"));

        var link = Assert.Single(doc.QuerySelectorAll("a.entity"));
        Assert.Equal("بالصين", link.TextContent);
        Assert.Equal("التقى الوفد بالصين أمس.", doc.QuerySelector("p")!.TextContent);
    }

    [Fact]
    public void LeavesQuotesAfterATatweelCliticOutsideTheLink()
    {
        var doc = Annotate("قال مصدر لـ\"ديبسيك\" إن النموذج جاهز.", false, ("deepseek", "ديبسيك"));

        Assert.Equal("ديبسيك", Assert.Single(doc.QuerySelectorAll("a.entity")).TextContent);
        Assert.Equal("قال مصدر لـ\"ديبسيك\" إن النموذج جاهز.", doc.QuerySelector("p")!.TextContent);
    }

    [Fact]
    public void MarksButNeverLinksMentionsInHeadings()
    {
        var doc = Annotate("## ديبسيك تعود\n\nأطلقت ديبسيك نموذجاً.", false, ("deepseek", "ديبسيك"));

        Assert.Empty(doc.QuerySelectorAll("h2 a"));
        Assert.NotNull(doc.QuerySelector("h2 span.entity-mention"));
        Assert.Equal("P", Assert.Single(doc.QuerySelectorAll("a.entity")).ParentElement!.TagName);
    }

    [Fact]
    public void AlignsMentionsAfterAsideLabelsSoftBreaksAndEmphasis()
    {
        var markdown = "سطر أول\nوسطر ثانٍ عن **تينسنت** هنا.\n\n::: context\nخلفية عن بايدو والصين.\n:::\n\nثم ذكرت *بايدو* مجدداً.";

        var doc = Annotate(markdown, true, ("tencent", "تينسنت"), ("baidu", "بايدو"));

        Assert.Equal("تينسنت", doc.QuerySelector("strong a.entity[data-entity=tencent]")?.TextContent);
        var baidu = doc.QuerySelectorAll("a.entity[data-entity=baidu]");
        Assert.Equal(2, baidu.Length);
        Assert.NotNull(baidu[0].Closest("aside"));
        Assert.NotNull(baidu[1].Closest("em"));
        Assert.Empty(doc.QuerySelectorAll(".annotation__label [data-entity]"));
    }

    [Fact]
    public void LatinNamesInsideArabicAreLinked()
    {
        var doc = Annotate("أطلقت الشركة نموذج Qwen3 الجديد، ثم Qwen3 مرة أخرى.", false, ("qwen3", "Qwen3"));

        Assert.Equal("Qwen3", Assert.Single(doc.QuerySelectorAll("a.entity")).TextContent);
        Assert.Single(doc.QuerySelectorAll("span.entity-mention"));
    }

    [Fact]
    public void ReturnsTheBodyUnchangedWithoutEntities()
    {
        var body = Renderer.Render("نص بلا أسماء.", "t.md", 1, new DiagnosticBag());

        Assert.Equal(body.Html, new EntityAnnotator(false).Annotate(body.Html, body.PlainText, []));
    }
}
