using DigestGen.Diagnostics;
using DigestGen.Entities;
using DigestGen.Linking;
using DigestGen.Site;

namespace DigestGen.Tests.Linking;

public sealed class LinkIndexTests
{
    private static LinkIndex Index(IReadOnlyList<ArticleEntry> articles, DiagnosticBag? diagnostics = null) =>
        LinkIndex.Build(articles, Gazetteer.Empty, TimeZoneInfo.Utc, diagnostics ?? new DiagnosticBag());

    [Fact]
    public void RelatesArticlesThatShareAnEntityAndNoOthers()
    {
        var a = Articles.Make("a", 1, ["deepseek"]);
        var b = Articles.Make("b", 2, ["deepseek"]);
        var c = Articles.Make("c", 3, ["meta"]);
        var index = Index(Articles.Newest(a, b, c));

        Assert.Equal([b], index.RelatedTo(a, 5));
        Assert.Empty(index.RelatedTo(c, 5));
    }

    [Fact]
    public void RanksARareSharedEntityAboveACommonOne()
    {
        // "china" is in 3 of 8 articles, "hunyuan" in 2: sharing the rarer name counts for more.
        var target = Articles.Make("target", 0, ["china", "hunyuan"]);
        var sharesRare = Articles.Make("rare", 1, ["hunyuan"]);
        var sharesCommon = Articles.Make("common", 2, ["china"]);
        var alsoCommon = Articles.Make("common2", 3, ["china"]);
        var fillers = Enumerable.Range(10, 4).Select(i => Articles.Make($"f{i}", i, ["other" + i])).ToArray();
        var index = Index(Articles.Newest([target, sharesRare, sharesCommon, alsoCommon, .. fillers]));

        Assert.Equal("rare", index.RelatedTo(target, 5)[0].Slug);
    }

    [Fact]
    public void IgnoresEntitiesInMoreThanHalfTheArticles()
    {
        var articles = Enumerable.Range(0, 8).Select(i => Articles.Make($"a{i}", i, i < 5 ? ["alibaba"] : ["x" + i])).ToArray();
        var index = Index(Articles.Newest(articles));

        Assert.Empty(index.RelatedTo(articles[0], 5));
    }

    [Theory]
    [InlineData(400)]
    [InlineData(403)]
    public void ScoresEveryArticleAsAPairwiseComparisonWould(int size)
    {
        // Zipf-like names: the common ones reach most of the archive (scored into a whole array, read four
        // scores at a time and cleared as it is read; 403 leaves three for the scalar tail), the rare ones a
        // few articles (scored sparsely); both must give the pairwise answer, ties broken by date then slug.
        var random = new Random(5);
        var names = Enumerable.Range(0, 60).Select(i => "e" + i).ToArray();
        var articles = Enumerable.Range(0, size).Select(i => Articles.Make($"a{i:D3}", i % 97,
            [.. Enumerable.Range(0, 6).Select(_ => names[(int)Math.Floor(Math.Pow(random.NextDouble(), 2.5) * names.Length)]).Distinct()],
            [.. Enumerable.Range(0, 2).Select(_ => "t" + random.Next(8)).Distinct()])).ToArray();
        var newest = Articles.Newest(articles);
        var index = Index(newest);

        foreach (var article in newest)
        {
            Assert.Equal(Pairwise(index, newest, article, 5), index.RelatedTo(article, 5).Select(a => a.Slug));
        }
    }

    private static List<string> Pairwise(LinkIndex index, IReadOnlyList<ArticleEntry> newest, ArticleEntry article, int count)
    {
        double Value(IEnumerable<string> mine, IEnumerable<string> theirs, Func<string, int> articlesWith, double weight) =>
            mine.Intersect(theirs).Select(k => articlesWith(k)).Where(n => n >= 2 && !index.IsTooCommon(n)).Sum(n => weight * index.Idf(n));
        int WithEntity(string id) => newest.Count(a => a.Entities.Any(e => e.Id == id));
        int WithTag(string tag) => newest.Count(a => a.Meta.Tags.Contains(tag));
        return newest.Select((other, position) => (other, position))
            .Where(x => !ReferenceEquals(x.other, article))
            .Select(x => (x.other, Score: Value(article.Entities.Select(e => e.Id), x.other.Entities.Select(e => e.Id), WithEntity, LinkIndex.EntityWeight)
                + Value(article.Meta.Tags.Distinct(), x.other.Meta.Tags, WithTag, LinkIndex.TagWeight), x.position))
            .Where(x => x.Score > 0)
            .Select(x => (x.other, Score: x.Score * (1 + LinkIndex.RecencyBonus * (1 - (double)x.position / (newest.Count - 1)))))
            .OrderByDescending(x => x.Score).ThenByDescending(x => x.other.Meta.Date).ThenBy(x => x.other.Slug, StringComparer.Ordinal)
            .Take(count).Select(x => x.other.Slug).ToList();
    }

    [Fact]
    public void FavoursTheNewerArticleBetweenEqualMatches()
    {
        var target = Articles.Make("target", 5, ["qwen"]);
        var older = Articles.Make("older", 1, ["qwen"]);
        var newer = Articles.Make("newer", 9, ["qwen"]);
        var index = Index(Articles.Newest(target, older, newer));

        Assert.Equal(["newer", "older"], index.RelatedTo(target, 5).Select(a => a.Slug));
    }

    [Fact]
    public void CountsTagsForLessThanEntities()
    {
        var target = Articles.Make("target", 0, ["qwen"], ["الصين"]);
        var byTag = Articles.Make("tag", 9, ["y"], ["الصين"]);
        var byEntity = Articles.Make("entity", 1, ["qwen"]);
        var fillers = Enumerable.Range(10, 4).Select(i => Articles.Make($"f{i}", i, ["z" + i])).ToArray();
        var index = Index(Articles.Newest([target, byTag, byEntity, .. fillers]));

        Assert.Equal(["entity", "tag"], index.RelatedTo(target, 5).Select(a => a.Slug));
    }

    [Fact]
    public void ListsCoMentionedEntitiesBySharedArticles()
    {
        var index = Index(Articles.Newest(
            Articles.Make("a", 1, ["jack-ma", "xi"]),
            Articles.Make("b", 2, ["jack-ma", "xi", "alibaba"]),
            Articles.Make("c", 3, ["alibaba"])));

        var co = index.CoMentionsOf("jack-ma", 10);

        Assert.Equal(["xi", "alibaba"], co.Select(c => c.Entity.Id));
        Assert.Equal(2, co[0].SharedArticles);
    }

    [Fact]
    public void TakesOverCoMentionsWhenEveryArticleKeepsItsEntities()
    {
        var a = Articles.Make("a", 1, ["jack-ma", "xi"]);
        var c = Articles.Make("c", 3, ["alibaba"]);
        var before = Index(Articles.Newest(a, Articles.Make("b", 2, ["jack-ma", "xi", "alibaba"]), c));
        var counted = before.CoMentionsOf("jack-ma", 10);
        // The edited article is a new entry with the same entities.
        var after = Index(Articles.Newest(a, Articles.Make("b", 2, ["jack-ma", "xi", "alibaba"], ["تعديل"]), c));

        Assert.True(after.CarryCoMentions(before));

        var carried = after.CoMentionsOf("jack-ma", 10);
        Assert.Equal(counted.Select(m => (m.Entity.Id, m.SharedArticles, m.Weight)), carried.Select(m => (m.Entity.Id, m.SharedArticles, m.Weight)));
        Assert.All(carried, m => Assert.Same(after.Entities[m.Entity.Id], m.Entity));
    }

    [Fact]
    public void AnIndexUpdatedInPlaceSharesTheCoMentionListsWhoseEntitiesItKept()
    {
        var a = Articles.Make("a", 1, ["jack-ma", "xi"]);
        var b = Articles.Make("b", 2, ["jack-ma", "xi", "alibaba"]);
        var c = Articles.Make("c", 3, ["alibaba"]);
        var before = Index(Articles.Newest(a, b, c));
        var jackMa = before.CoMentionsOf("jack-ma", 10);
        var alibaba = before.CoMentionsOf("alibaba", 10);
        // "a" edited (a new entry, the same lists): every entity is named after a newer article, so every summary is kept.
        var edited = Articles.Make("a", 1, ["jack-ma", "xi"]);
        var after = LinkIndex.Update(before, Articles.Newest(edited, b, c), [(a, edited)], Gazetteer.Empty)!;

        Assert.True(after.CarryCoMentions(before));

        Assert.Same(jackMa, after.CoMentionsOf("jack-ma", 10));
        Assert.Same(alibaba, after.CoMentionsOf("alibaba", 10));
        Assert.All(after.CoMentionsOf("jack-ma", 10), m => Assert.Same(after.Entities[m.Entity.Id], m.Entity));
    }

    [Fact]
    public void CountsCoMentionsAgainWhenAnArticlesEntitiesChanged()
    {
        var a = Articles.Make("a", 1, ["jack-ma", "xi"]);
        var c = Articles.Make("c", 3, ["alibaba"]);
        var before = Index(Articles.Newest(a, Articles.Make("b", 2, ["jack-ma", "xi", "alibaba"]), c));
        Assert.Equal(2, before.CoMentionsOf("jack-ma", 10).Single(m => m.Entity.Id == "xi").SharedArticles);
        var after = Index(Articles.Newest(a, Articles.Make("b", 2, ["jack-ma", "alibaba"]), c));

        Assert.False(after.CarryCoMentions(before));

        Assert.Equal(1, after.CoMentionsOf("jack-ma", 10).Single(m => m.Entity.Id == "xi").SharedArticles);
    }

    [Fact]
    public void GivesTwoTagsWithTheSameSlugDistinctSegmentsAndWarns()
    {
        var diagnostics = new DiagnosticBag();
        var index = Index(Articles.Newest(Articles.Make("a", 1, [], ["الصين"]), Articles.Make("b", 2, [], ["الصين!"])), diagnostics);

        Assert.Equal("الصين", index.TagSlugs["الصين"]);
        Assert.Equal("الصين-2", index.TagSlugs["الصين!"]);
        Assert.Contains(diagnostics.Sorted(), d => d.Message.Contains("share the URL segment"));
    }

    [Fact]
    public void CountsArticlesPerMonthOnTheTimeline()
    {
        var index = Index(Articles.Newest(
            Articles.Make("jan", 3, ["x"]), Articles.Make("jan2", 4, ["x"]), Articles.Make("mar", 65, ["x"]), Articles.Make("apr", 100, ["y"])));

        var timeline = index.TimelineOf("x");

        Assert.Equal([2, 0, 1, 0], timeline.Select(t => t.Articles));
        Assert.Equal(new MonthKey(2025, 1), timeline[0].Month);
    }
}
