using DigestGen.Diagnostics;
using DigestGen.Entities;
using DigestGen.Linking;
using DigestGen.Site;

namespace DigestGen.Tests.Linking;

/// <summary>
/// serve's edit of an article that stays on the same lists: <see cref="LinkIndex.Update"/> must give
/// the index <see cref="LinkIndex.Build"/> gives from scratch, and give up (null) on any edit that
/// moves the article or puts it on another list.
/// </summary>
public sealed class LinkIndexUpdateTests
{
    private static readonly ArticleEntry Older = Articles.Make("older", 1, ["deepseek", "alibaba"], ["ai"], "wire");
    private static readonly ArticleEntry Edited = Articles.Make("edited", 2, ["deepseek", "baidu"], ["ai", "chips"], "wire");
    private static readonly ArticleEntry Newer = Articles.Make("newer", 40, ["baidu"], ["chips"], "desk");

    private static LinkIndex Build(IReadOnlyList<ArticleEntry> articles) =>
        LinkIndex.Build(articles, Gazetteer.Empty, TimeZoneInfo.Utc, new DiagnosticBag());

    private static (LinkIndex Previous, IReadOnlyList<ArticleEntry> After) Edit(ArticleEntry edited)
    {
        var previous = Build(Articles.Newest(Older, Edited, Newer));
        return (previous, Articles.Newest(Older, edited, Newer));
    }

    [Fact]
    public void AnEditThatKeepsTheListsGivesTheIndexABuildGives()
    {
        // The same entities (in another order), tags and source; a new entity name, so its summary is made again.
        var edited = Articles.Make("edited", 2, ["baidu", "deepseek"], ["chips", "ai"], "wire") with
        {
            Entities = [new FoundEntity("baidu", "بايدو", EntityType.Organization, true, []), new FoundEntity("deepseek", "ديبسيك", EntityType.Organization, true, [])],
        };
        var (previous, after) = Edit(edited);

        var updated = LinkIndex.Update(previous, after, [(Edited, edited)], Gazetteer.Empty);

        Assert.NotNull(updated);
        var built = Build(after);
        AssertSameLists(built.ArticlesByEntity, updated.ArticlesByEntity);
        AssertSameLists(built.ArticlesByTag, updated.ArticlesByTag);
        AssertSameLists(built.ArticlesBySource, updated.ArticlesBySource);
        AssertSameLists(built.ArticlesByMonth, updated.ArticlesByMonth);
        Assert.Equal(built.Entities.Keys, updated.Entities.Keys);
        Assert.Equal(built.Entities.Values, updated.Entities.Values);
        // deepseek's newest article is the edited one: its summary takes the new name; baidu's is the newer article's.
        Assert.Equal("ديبسيك", updated.Entities["deepseek"].Name);
        Assert.Equal("baidu", updated.Entities["baidu"].Name);
        Assert.Same(after, updated.Articles);
        Assert.Equal(["newer", "edited", "older"], updated.Articles.Select(a => a.Slug));
        Assert.Equal(built.RelatedTo(edited, 5).Select(a => a.Slug), updated.RelatedTo(edited, 5).Select(a => a.Slug));
    }

    [Fact]
    public void ListsTheEditDoesNotTouchAreSharedAndThePreviousIndexIsLeftAsItWas()
    {
        var edited = Articles.Make("edited", 2, ["deepseek", "baidu"], ["ai", "chips"], "wire");
        var (previous, after) = Edit(edited);

        var updated = LinkIndex.Update(previous, after, [(Edited, edited)], Gazetteer.Empty)!;

        Assert.Same(previous.ArticlesBySource["desk"], updated.ArticlesBySource["desk"]);
        Assert.Same(previous.ArticlesByEntity["alibaba"], updated.ArticlesByEntity["alibaba"]);
        Assert.Contains(Edited, previous.ArticlesByEntity["deepseek"]);
        Assert.DoesNotContain(edited, previous.ArticlesByEntity["deepseek"]);
        Assert.Contains(edited, updated.ArticlesByEntity["deepseek"]);
        Assert.Same(previous.TagSlugs, updated.TagSlugs);
    }

    public static TheoryData<string> EditsThatChangeAList => ["entity added", "entity dropped", "tag added", "source changed", "date moved", "slug changed"];

    [Theory]
    [MemberData(nameof(EditsThatChangeAList))]
    public void AnEditThatMovesTheArticleOrChangesItsListsIsIndexedFromScratch(string edit)
    {
        var edited = edit switch
        {
            "entity added" => Articles.Make("edited", 2, ["deepseek", "baidu", "meta"], ["ai", "chips"], "wire"),
            "entity dropped" => Articles.Make("edited", 2, ["deepseek"], ["ai", "chips"], "wire"),
            "tag added" => Articles.Make("edited", 2, ["deepseek", "baidu"], ["ai", "chips", "phones"], "wire"),
            "source changed" => Articles.Make("edited", 2, ["deepseek", "baidu"], ["ai", "chips"], "desk"),
            "date moved" => Articles.Make("edited", 3, ["deepseek", "baidu"], ["ai", "chips"], "wire"),
            _ => Articles.Make("renamed", 2, ["deepseek", "baidu"], ["ai", "chips"], "wire"),
        };
        var (previous, after) = Edit(edited);

        Assert.Null(LinkIndex.Update(previous, after, [(Edited, edited)], Gazetteer.Empty));
    }

    [Fact]
    public void AnArticleAddedOrRemovedBesideTheEditIsIndexedFromScratch()
    {
        var edited = Articles.Make("edited", 2, ["deepseek", "baidu"], ["ai", "chips"], "wire");
        var previous = Build(Articles.Newest(Older, Edited, Newer));

        Assert.Null(LinkIndex.Update(previous, Articles.Newest(edited, Newer), [(Edited, edited)], Gazetteer.Empty));
        // As many articles as before, but "older" gave its place to one the edits do not name.
        var stranger = Articles.Make("stranger", 1, ["alibaba"], ["ai"], "wire");
        Assert.Null(LinkIndex.Update(previous, Articles.Newest(stranger, edited, Newer), [(Edited, edited)], Gazetteer.Empty));
    }

    [Fact]
    public void RelatedArticlesAfterTheUpdateAreTheOnesABuildFinds()
    {
        // Scored once before the edit, so the positions and recency worked out then are what the update carries.
        var random = new Random(7);
        var names = Enumerable.Range(0, 30).Select(i => "e" + i).ToArray();
        ArticleEntry Make(string slug, int day) => Articles.Make(slug, day,
            [.. Enumerable.Range(0, 4).Select(_ => names[(int)Math.Floor(Math.Pow(random.NextDouble(), 2) * names.Length)]).Distinct()],
            ["t" + (day % 5)], "s" + (day % 3));
        var articles = Enumerable.Range(0, 80).Select(i => Make($"a{i:D2}", i)).ToArray();
        var previous = Build(Articles.Newest(articles));
        Assert.All(previous.Articles, a => previous.RelatedTo(a, 5));
        var target = articles[40];
        var edited = target with { Body = new DigestGen.Markdown.RenderedBody("<p>x</p>", "x", "x", [], 1) };

        var after = Articles.Newest([.. articles.Select(a => ReferenceEquals(a, target) ? edited : a)]);
        var updated = LinkIndex.Update(previous, after, [(target, edited)], Gazetteer.Empty)!;

        var built = Build(after);
        Assert.All(after, a => Assert.Equal(built.RelatedTo(a, 5).Select(r => r.Slug), updated.RelatedTo(a, 5).Select(r => r.Slug)));
        Assert.Equal(after.ToList().FindIndex(a => ReferenceEquals(a, edited)), updated.PositionOf(edited));
        // Where the edited article is related to another, the list shows its new entry, not the old one.
        var shown = after.SelectMany(a => updated.RelatedTo(a, 5)).Where(r => r.Slug == edited.Slug).ToList();
        Assert.NotEmpty(shown);
        Assert.All(shown, r => Assert.Same(edited, r));
    }

    [Fact]
    public void WhatTheUpdateTakesOverFromThePreviousIndexIsWhatABuildWorksOut()
    {
        var edited = Articles.Make("edited", 2, ["deepseek", "baidu"], ["ai", "chips"], "wire");
        var (previous, after) = Edit(edited);
        // Asked for before the edit: positions, each list's positions, months and recency are worked out now, and carried.
        Assert.All(previous.Articles, a => previous.RelatedTo(a, 5));
        Assert.Equal(1, previous.PositionOf(Edited));
        Assert.NotEmpty(previous.TimelineOf("deepseek"));

        var updated = LinkIndex.Update(previous, after, [(Edited, edited)], Gazetteer.Empty)!;

        var built = Build(after);
        Assert.All(after, a => Assert.Equal(built.PositionOf(a), updated.PositionOf(a)));
        // The old entry is no longer an article of the index: its position is not carried along with the new one's.
        Assert.Throws<KeyNotFoundException>(() => updated.PositionOf(Edited));
        Assert.All(updated.ArticlesByEntity.Keys, id => Assert.Equal(built.TimelineOf(id), updated.TimelineOf(id)));
        Assert.All(after, a => Assert.Equal(built.RelatedTo(a, 5), updated.RelatedTo(a, 5)));
        // The previous index still answers for its own entries.
        Assert.Equal(1, previous.PositionOf(Edited));
        Assert.Throws<KeyNotFoundException>(() => previous.PositionOf(edited));
    }

    [Fact]
    public void AMonthPrintsAsItsYearAndMonth()
    {
        // The record's own ToString printed Next, and Next's Next…, until the stack overflowed.
        Assert.Equal("2025-04", new MonthKey(2025, 4).ToString());
        Assert.Equal("archive/2025/04/ 2025-04", $"{new MonthKey(2025, 4).Path} {new MonthKey(2025, 4)}");
    }

    private static void AssertSameLists<TKey>(IReadOnlyDictionary<TKey, IReadOnlyList<ArticleEntry>> expected,
        IReadOnlyDictionary<TKey, IReadOnlyList<ArticleEntry>> actual)
        where TKey : notnull
    {
        Assert.Equal(expected.Keys.ToHashSet(), actual.Keys.ToHashSet());
        foreach (var (key, list) in expected)
        {
            Assert.True(list.SequenceEqual(actual[key], ReferenceEqualityComparer.Instance), $"the list of {key} differs");
        }
    }
}
