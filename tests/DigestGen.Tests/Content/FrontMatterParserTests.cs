using DigestGen.Content;
using DigestGen.Diagnostics;

namespace DigestGen.Tests.Content;

public sealed class FrontMatterParserTests
{
    private static readonly DigestConfig Beirut = new() { TimeZone = "Asia/Beirut" };

    private static (FrontMatter? Meta, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text, DigestConfig? config = null)
    {
        var bag = new DiagnosticBag();
        var result = new FrontMatterParser(config ?? Beirut).Parse("a.md", text, bag);
        return (result?.Meta, bag.Sorted());
    }

    [Fact]
    public void ReadsEveryDocumentedKey()
    {
        var (meta, diagnostics) = Parse("""
            ---
            title: علي بابا تطلق "Qwen3"
            date: 2025-04-29T09:30:00+03:00
            slug: qwen3-release
            summary: ملخص قصير
            note: لماذا يهم
            tags: [ذكاء اصطناعي, الصين]
            source: { name: وكالة الأنباء, url: https://news.example/qwen3 }
            author: المحرر
            lang: ar
            draft: true
            entities: [alibaba]
            ignore_entities: [google]
            ---
            النص.
            """);

        Assert.Empty(diagnostics);
        Assert.NotNull(meta);
        Assert.Equal("علي بابا تطلق \"Qwen3\"", meta.Title);
        Assert.Equal(new DateTimeOffset(2025, 4, 29, 9, 30, 0, TimeSpan.FromHours(3)), meta.Date);
        Assert.Equal("qwen3-release", meta.Slug);
        Assert.Equal(["ذكاء اصطناعي", "الصين"], meta.Tags);
        Assert.Equal(new ArticleSource("وكالة الأنباء", "https://news.example/qwen3"), meta.Source);
        Assert.True(meta.Draft);
        Assert.Equal(["alibaba"], meta.Entities);
        Assert.Equal(["google"], meta.IgnoreEntities);
    }

    [Fact]
    public void KeepsTheOffsetOfADateTimeInsteadOfTheMachineZone()
    {
        var (meta, _) = Parse("---\ntitle: t\ndate: 2025-04-29T23:30:00-05:00\n---\n");

        Assert.Equal(TimeSpan.FromHours(-5), meta!.Date.Offset);
        Assert.Equal(23, meta.Date.Hour);
    }

    [Fact]
    public void ReadsAPlainDateInTheDigestTimeZone()
    {
        var (meta, _) = Parse("---\ntitle: t\ndate: 2025-07-01\n---\n");

        Assert.Equal(new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.FromHours(3)), meta!.Date);
    }

    [Fact]
    public void RejectsArticleWithoutDate()
    {
        var (meta, diagnostics) = Parse("---\ntitle: خبر\n---\nنص\n");

        Assert.Null(meta);
        Assert.Equal("a.md(1,1): error: missing required key 'date' (add 'date: YYYY-MM-DD' to the front matter)", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void RejectsAnInvalidDateAtItsLine()
    {
        var (_, diagnostics) = Parse("---\ntitle: خبر\ndate: 29 نيسان 2025\n---\n");

        Assert.Equal("a.md(3,7): error: '29 نيسان 2025' is not a date (write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+03:00)", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void RejectsTagsGivenAsANumber()
    {
        var (_, diagnostics) = Parse("---\ntitle: خبر\ndate: 2025-01-01\ntags: 42\n---\n");

        Assert.Contains("a.md(4,7): error: expected a list of text, found the number '42'", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void WarnsAboutAnUnknownKeyWithASuggestion()
    {
        var (meta, diagnostics) = Parse("---\ntitle: خبر\ndate: 2025-01-01\nsumary: ملخص\n---\n");

        Assert.NotNull(meta);
        Assert.Equal("a.md(4,1): warning: unknown key 'sumary' is ignored (did you mean 'summary'?)", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void RejectsUnclosedFrontMatter()
    {
        var (_, diagnostics) = Parse("---\ntitle: خبر\ndate: 2025-01-01\nنص بلا سياج\n");

        Assert.Contains("front matter is not closed", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void RejectsSlugThatClimbsOutOfItsFolder()
    {
        var (_, diagnostics) = Parse("---\ntitle: خبر\ndate: 2025-01-01\nslug: ../../etc\n---\n");

        Assert.Contains("slug '../../etc' cannot be used in a URL", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void NeverAcceptsAJavascriptSourceUrl()
    {
        var (_, diagnostics) = Parse("---\ntitle: خبر\ndate: 2025-01-01\nsource: { name: x, url: 'javascript:alert(1)' }\n---\n");

        Assert.Contains("is not an http(s) URL", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void ReportsMalformedYamlWithItsPosition()
    {
        var (_, diagnostics) = Parse("---\ntitle: [غير مغلق\ndate: 2025-01-01\n---\n");

        var d = Assert.Single(diagnostics);
        Assert.StartsWith("a.md(", d.ToString());
        Assert.Contains("invalid YAML in front matter", d.Message);
    }
}
