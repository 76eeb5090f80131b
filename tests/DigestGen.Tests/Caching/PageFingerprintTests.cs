using DigestGen.Caching;
using DigestGen.Markdown;
using DigestGen.Rendering;
using DigestGen.Site.Views;

namespace DigestGen.Tests.Caching;

/// <summary>A page is reused only when its fingerprint is unchanged, so every value a template can read must move it.</summary>
public sealed class PageFingerprintTests
{
    private static readonly DateTimeOffset Day = new(2025, 11, 3, 0, 0, 0, TimeSpan.FromHours(3));

    private static ArticleCard Card(string title = "\"علي بابا\" تطلق Qwen3", string summary = "أعلنت الشركة نموذجها الجديد") =>
        new(title, "articles/qwen3/", Day, summary, null, new SourceLink("رويترز", null, "sources/reuters/"),
            [new TagLink("الذكاء الاصطناعي", "tags/ai/")], "ar", "rtl");

    private static Page Page(object data, string title = "علي بابا", bool noIndex = false) =>
        new("entities/alibaba/index.html", "entity", new PageView { Kind = "entity", Title = title, Path = "entities/alibaba/", Data = data, NoIndex = noIndex });

    private static object Mentions(params ArticleCard[] cards) =>
        new { Items = cards.Select(c => new { Card = c, Snippet = (Snippet?)new Snippet("… قالت ", "علي بابا", " إن …") }).ToList(), Count = cards.Length, Since = (DateTimeOffset?)Day };

    [Fact]
    public void EqualViewsBuiltSeparatelyHaveTheSameFingerprint()
    {
        Assert.Equal(PageFingerprint.Of(Page(Mentions(Card(), Card("بكين ترحب"))))!, PageFingerprint.Of(Page(Mentions(Card(), Card("بكين ترحب"))))!);
    }

    [Fact]
    public void EveryKindOfChangeMovesTheFingerprint()
    {
        var before = PageFingerprint.Of(Page(Mentions(Card(), Card("بكين ترحب"))));
        var changed = new[]
        {
            Page(Mentions(Card(), Card("بكين ترحّب"))),                       // a card's title deep in a list
            Page(Mentions(Card(summary: "أعلنت الشركة نموذجاً جديداً"), Card("بكين ترحب"))), // a card's summary
            Page(Mentions(Card("بكين ترحب"), Card())),                        // the order of a list
            Page(Mentions(Card())),                                           // a list one shorter
            Page(Mentions(Card(), Card("بكين ترحب")), title: "علي بابا "),     // a string of the page itself
            Page(Mentions(Card(), Card("بكين ترحب")), noIndex: true),         // a flag
            Page(new { Items = new[] { new { Card = Card(), Snippet = (Snippet?)null } }, Count = 2, Since = (DateTimeOffset?)Day }),
        };
        var fingerprints = changed.Select(PageFingerprint.Of).Prepend(before).ToList();
        Assert.All(fingerprints, Assert.NotNull);
        Assert.Equal(fingerprints.Count, fingerprints.Distinct().Count());
    }

    [Fact]
    public void TheSameTextInTwoFieldsIsNotTheSameView()
    {
        Assert.NotEqual(PageFingerprint.Of(Page(new { A = "ab", B = "" })), PageFingerprint.Of(Page(new { A = "a", B = "b" })));
        Assert.NotEqual(PageFingerprint.Of(Page(new { A = (DateTimeOffset?)Day })), PageFingerprint.Of(Page(new { A = (DateTimeOffset?)Day.ToOffset(TimeSpan.Zero) })));
    }

    [Fact]
    public void AMentionIsFingerprintedByItsArticlesContentAndPlaceNotByCuttingItsSnippet()
    {
        const string text = "قالت علي بابا إنها ستطلق نموذجاً جديداً في هانغتشو.";
        // A body left unrendered after an edit (its facts from the cache): fingerprinting the list must not render it.
        var renders = 0;
        RenderedBody Deferred() => RenderedBody.Deferred(new BodyFacts(text, [], 8), () =>
        {
            renders++;
            return new RenderedBody("<p>" + text + "</p>", text, text, [], 8);
        });
        string? Of(string key, int start) => PageFingerprint.Of(Page(new { Items = new[] { new EntityMentionItem(Card(), Deferred(), key, start, 8) } }));

        var before = Of("hash-1", 5);
        Assert.NotNull(before);
        Assert.Equal(before, Of("hash-1", 5));
        Assert.NotEqual(before, Of("hash-2", 5));  // the article was edited: its content hash moved
        Assert.NotEqual(before, Of("hash-1", 6));  // the first mention moved
        Assert.Equal(0, renders);

        var item = new EntityMentionItem(Card(), Deferred(), "hash-1", 5, 8);
        Assert.Equal("علي بابا", item.Snippet!.Mark);
        Assert.Equal("علي بابا", item.Snippet.Mark);
        Assert.Equal(1, renders); // rendered when first read, then kept
    }

    [Fact]
    public void AViewWithAFunctionMemberIsNeverFingerprinted()
    {
        Assert.Null(PageFingerprint.Of(Page(new { Make = (Func<string>)(() => "نص") })));
    }
}
