using DigestGen.Build;
using DigestGen.Live;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Live;

/// <summary>
/// serve's in-place rebuild: after each kind of edit, the served folder must be byte for byte
/// what a full build of the edited content writes, and the fast path must render only the
/// edited article's page.
/// </summary>
public sealed class LiveSiteTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly TestSite _site = new();
    private readonly LiveSite _live;
    private readonly SiteSnapshot _snapshot;

    public LiveSiteTests()
    {
        LiveSites.WriteNewsroom(_site);
        var builder = new SiteBuilder(Options(Path.Combine(_site.Root, "served")));
        Assert.True(builder.Build().Succeeded);
        _snapshot = builder.Snapshot!;
        _live = new LiveSite(_snapshot, Path.Combine(_site.Root, "served"));
    }

    public void Dispose()
    {
        _live.Dispose();
        _site.Dispose();
    }

    [Fact]
    public void AnAppendedSentenceRendersOnlyTheArticlesOwnPage()
    {
        var file = Edit("2025/04/qwen3.md", text => text + "\nوأضافت الشركة أن النموذج متاح للمطورين مجاناً.\n");
        var clock = new StageClock();

        var result = _live.Apply([file], clock);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        // serve --verbose lists where the time between a save and its page went.
        Assert.Equal(["read edited articles", "link articles", "take over co-mentions", "compare lists", "plan pages", "render pages"],
            clock.Timings.Select(t => t.Stage));
        Assert.Equal(1, result.Planned);
        Assert.Equal(1, result.Written);
        Assert.Contains("متاح للمطورين مجاناً", File.ReadAllText(Path.Combine(_live.Folder, "articles", "qwen3", "index.html")));
        AssertSameAsFullBuild();
    }

    [Fact]
    public void PlanningOnePageMakesOnlyTheCardsItShowsAndTheSamePageAWholePlanMakes()
    {
        // The page of the entity in the fewest articles: its list shows some of the newsroom's cards, not all.
        var model = _snapshot.Model;
        var entity = model.Links.Entities.Keys.MinBy(id => (model.Links.ArticleCount(id), id))!;
        var path = $"entities/{entity}/index.html";
        var planner = new DigestGen.Site.PagePlanner(model);

        var page = Assert.Single(planner.Plan(new HashSet<string> { path }));

        var whole = new DigestGen.Site.PagePlanner(model).Plan().Single(p => p.OutputPath == path);
        Assert.Equal(DigestGen.Caching.PageFingerprint.Of(whole), DigestGen.Caching.PageFingerprint.Of(page));
        var view = Assert.IsType<DigestGen.Site.Views.EntityView>(page.View.Data);
        Assert.True(model.Articles.Count > view.Articles.Count, "the newsroom has articles the page does not show");
        Assert.Equal(view.Articles.Count, planner.CardsMadeOnDemand);
    }

    [Fact]
    public void WordsChangedNearAMentionAlsoRenderTheEntityPageListingTheArticle()
    {
        var file = Edit("2025/04/qwen3.md", text => text.Replace("مقر الشركة.", "مقر الشركة الرئيسي.", StringComparison.Ordinal));

        var result = _live.Apply([file]);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        // Its own page and the pages of the entities whose snippet reaches the changed words; not the other 30-odd.
        Assert.InRange(result.Planned, 2, 6);
        Assert.Equal(result.Planned, result.Written);
        Assert.Contains("مقر الشركة الرئيسي", File.ReadAllText(Path.Combine(_live.Folder, "entities", "dybsyk", "index.html")));
        AssertSameAsFullBuild();
    }

    [Fact]
    public void ANewTitleReplansOnlyThePagesShowingTheArticle()
    {
        var file = Edit("2025/04/qwen3.md", text => text.Replace("علي بابا تطلق Qwen3'", "علي بابا تكشف Qwen3 رسمياً'", StringComparison.Ordinal));

        var result = _live.Apply([file]);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.InRange(result.Planned, 5, _live.PageCount / 2);
        var tag = Html.Parse(File.ReadAllText(Path.Combine(_live.Folder, "tags", "نماذج", "index.html")));
        Assert.Contains(tag.QuerySelectorAll("a"), a => a.TextContent.Contains("علي بابا تكشف Qwen3 رسمياً", StringComparison.Ordinal));
        AssertSameAsFullBuild();
    }

    [Theory]
    [InlineData("title", "علي بابا تطلق Qwen3", "علي بابا تكشف عن Qwen3 الجديد")]
    [InlineData("a new entity", "نص أول عن النموذج.", "نص أول عن النموذج، وقال الرئيس التنفيذي إيدي وو إنه الأفضل.")]
    [InlineData("the only mention of an entity", "وزار وفد من \"ديبسيك\" مقر الشركة.", "وزار وفد مقر الشركة.")]
    [InlineData("tags", "tags: [الصين, نماذج]", "tags: [نماذج, مصادر مفتوحة]")]
    [InlineData("the date", "date: 2025-04-29", "date: 2025-03-02")]
    [InlineData("the text around a first mention", "أعلنت شركة \"علي بابا\" اليوم", "كشفت مجموعة \"علي بابا\" صباح اليوم")]
    [InlineData("a draft flag", "date: 2025-04-29\n", "date: 2025-04-29\ndraft: true\n")]
    public void AnyEditLeavesTheFolderAsAFullBuildWouldWriteIt(string what, string from, string to)
    {
        var file = Edit("2025/04/qwen3.md", text =>
        {
            Assert.True(text.Contains(from, StringComparison.Ordinal), $"the fixture has no '{from}' to change ({what})");
            return text.Replace(from, to, StringComparison.Ordinal);
        });

        var result = _live.Apply([file]);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        AssertSameAsFullBuild();
    }

    [Fact]
    public void ADeletedArticleLeavesWithItsPagesAndItsOnlyEntity()
    {
        var file = Path.Combine(_site.Content, "articles", "2025", "03", "baidu.md");
        File.Delete(file);

        var result = _live.Apply([file]);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(result.Deleted > 0);
        Assert.False(File.Exists(Path.Combine(_live.Folder, "articles", "baidu", "index.html")));
        AssertSameAsFullBuild();
    }

    [Theory]
    [InlineData("tags: [أشخاص]\n", "")]
    [InlineData("tags: [أشخاص]\n", "tags: [أشخاص]\nsource: { name: مدونة جديدة, url: https://new.example/x }\n")]
    public void AnEditThatEmptiesATagOrAddsASourceLeavesTheFolderAsAFullBuildWouldWriteIt(string from, string to)
    {
        var file = Edit("2025/02/jack-ma.md", text => text.Replace(from, to, StringComparison.Ordinal));

        var result = _live.Apply([file]);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        AssertSameAsFullBuild();
    }

    [Fact]
    public void SeveralEditsInARowStayInStep()
    {
        _live.Apply([Edit("2025/04/qwen3.md", t => t + "\nفقرة أولى مضافة.\n")]);
        _live.Apply([Edit("2025/03/baidu.md", t => t.Replace("بايدو تطلق", "بايدو تعلن", StringComparison.Ordinal))]);
        var result = _live.Apply([Edit("2025/04/qwen3.md", t => t + "\nوعلّقت \"أنثروبيك\" على الخبر.\n")]);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        AssertSameAsFullBuild();
    }

    [Fact]
    public void RefreshingAfterAnEditReplacesOnlyTheFilesWhoseBytesChanged()
    {
        _live.Apply([Edit("2025/04/qwen3.md", text => text + "\nوأضافت الشركة أن النموذج يدعم لغة السواحلية.\n")]);
        var pages = Directory.EnumerateFiles(_live.Folder, "index.html", SearchOption.AllDirectories).ToHashSet();
        var others = Directory.EnumerateFiles(_live.Folder, "*", SearchOption.AllDirectories).Where(f => !pages.Contains(f)).ToList();
        var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in others)
        {
            File.SetLastWriteTimeUtc(file, old);
        }

        AssertSameAsFullBuild();

        var replaced = others.Where(f => File.GetLastWriteTimeUtc(f) != old).Select(f => Path.GetRelativePath(_live.Folder, f).Replace('\\', '/')).ToList();
        // The new word's search shard and the data files changed; robots.txt, the feeds and the other shards did not.
        Assert.Contains(replaced, f => f.StartsWith("search/", StringComparison.Ordinal));
        Assert.Contains("api/articles.json", replaced);
        Assert.DoesNotContain("robots.txt", replaced);
        Assert.DoesNotContain(replaced, f => f.EndsWith("feed.xml", StringComparison.Ordinal) && f != "feed.xml");
        Assert.True(replaced.Count < others.Count / 4, $"{replaced.Count} of {others.Count} files replaced: {string.Join(", ", replaced)}");
    }

    [Fact]
    public void TheDataFilesAfterAnEditSerialiseOnlyTheEditedArticleAndTheEntitiesListingItsNewTitle()
    {
        var data = _snapshot.Data;
        var mentioned = _snapshot.Model.Articles.Single(a => a.Slug == "qwen3").Entities.Count;
        Assert.True(mentioned > 1, "the fixture's article names several entities");

        _live.Apply([Edit("2025/04/qwen3.md", text => text + "\nوأضافت الشركة أن النموذج يدعم لغات أكثر.\n")]);
        AssertSameAsFullBuild();

        Assert.Equal(1, data.ArticlesSerialised);
        // A sentence that names no one leaves every count and co-mention as it was, and entities list an article by its slug, URL and title.
        Assert.Equal(0, data.EntitiesSerialised);

        // A new title is in the list of every entity the article names, and in no other.
        _live.Apply([Edit("2025/04/qwen3.md", text => text.Replace("علي بابا تطلق Qwen3", "علي بابا تكشف عن Qwen3", StringComparison.Ordinal))]);
        AssertSameAsFullBuild();

        Assert.Equal(1, data.ArticlesSerialised);
        Assert.Equal(mentioned, data.EntitiesSerialised);
    }

    [Fact]
    public void TheSearchIndexAfterAnEditThatKeepsTheArticlesOrderMergesOnlyTheEditedArticle()
    {
        var search = _snapshot.Search;
        Assert.Equal(_snapshot.Model.Articles.Count, search.DocumentsMerged);

        // New words and a new entity: lists the article joins, and the lists of words it drops, change.
        _live.Apply([Edit("2025/04/qwen3.md", text => text.Replace("أن تشتد المنافسة", "أن يتسع إقبال \"أنثروبيك\"", StringComparison.Ordinal))]);
        AssertSameAsFullBuild();
        Assert.Equal(1, search.DocumentsMerged);

        // A new date moves the article among the others: every document's number may change, so all are merged.
        _live.Apply([Edit("2025/04/qwen3.md", text => text.Replace("date: 2025-04-29", "date: 2025-01-02", StringComparison.Ordinal))]);
        AssertSameAsFullBuild();
        Assert.Equal(_snapshot.Model.Articles.Count, search.DocumentsMerged);
    }

    [Fact]
    public void TheFeedsAfterAnEditAreWrittenAgainOnlyWhereTheArticleIsListed()
    {
        var links = _snapshot.Model.Links;
        var items = _snapshot.Model.Config.FeedItems;
        var sectionFeeds = links.ArticlesByEntity.Count + links.ArticlesByTag.Count;
        var listing = links.ArticlesByEntity.Values.Concat(links.ArticlesByTag.Values).Count(list => list.Take(items).Any(a => a.Slug == "qwen3"));
        Assert.True(listing > 1 && listing < sectionFeeds, "the article is in some of the feeds, not all");

        // The first refresh knows no feed yet and writes them all.
        _live.Apply([Edit("2025/04/qwen3.md", text => text + "\nوأضافت الشركة أن النموذج متاح للجميع.\n")]);
        AssertSameAsFullBuild();
        Assert.Equal(sectionFeeds, _live.FeedsSerialised);

        // A new title is in every feed that lists the article, and in no other.
        _live.Apply([Edit("2025/04/qwen3.md", text => text.Replace("علي بابا تطلق Qwen3", "علي بابا تكشف عن Qwen3", StringComparison.Ordinal))]);
        AssertSameAsFullBuild();
        Assert.Equal(listing, _live.FeedsSerialised);
    }

    [Fact]
    public void TheCoMentionsAreTakenOverOnlyWhenEveryArticleKeepsItsEntities()
    {
        // A sentence without a name: every entity's co-mentions are as they were.
        _live.Apply([Edit("2025/04/qwen3.md", text => text + "\nوأضافت الشركة أن النموذج متاح للجميع.\n")]);
        Assert.True(_live.CoMentionsCarried);
        Assert.True(_live.LinksUpdated, "an article on the same lists updates the link index in place");
        AssertSameAsFullBuild();

        // A new name in the article: it now shares an article with the others, so all are counted again.
        _live.Apply([Edit("2025/04/qwen3.md", text => text.Replace("أن تشتد المنافسة", "أن يتسع إقبال \"أنثروبيك\"", StringComparison.Ordinal))]);
        Assert.False(_live.CoMentionsCarried);
        Assert.False(_live.LinksUpdated, "a new name puts the article on another entity's list");
        AssertSameAsFullBuild();
    }

    [Fact]
    public void AfterTheFirstRefreshNoFileIsReadBackToTellWhetherItChanged()
    {
        // The first refresh has no record of what the build wrote: a file of the same size is compared byte by byte.
        _live.Apply([Edit("2025/04/qwen3.md", text => text + "\nوأضافت الشركة أن الطائرات المسيّرة ليست ضمن خططها.\n")]);
        AssertSameAsFullBuild();
        Assert.True(_live.FilesReadBack > 0, "the first refresh reads back what it would write again");

        // New words change some search shards and leave the rest: all told apart by what the last refresh wrote.
        _live.Apply([Edit("2025/04/qwen3.md", text => text + "\nوتحدث التقرير عن الزراعة الذكية في الصحراء.\n")]);
        AssertSameAsFullBuild();
        Assert.Equal(0, _live.FilesReadBack);
    }

    [Fact]
    public void SearchFindsTheEditedWordsAndNoLongerTheRemovedOnes()
    {
        var engine = DigestGen.Search.SearchEngine.FromSite(_live.Folder);
        Assert.Equal(["qwen3"], Slugs(engine, "المنافسة"));

        _live.Apply([Edit("2025/04/qwen3.md", text => text.Replace("أن تشتد المنافسة", "أن يتسع الإقبال", StringComparison.Ordinal))]);
        _live.RefreshFiles(new StageClock());

        engine = DigestGen.Search.SearchEngine.FromSite(_live.Folder);
        Assert.Empty(Slugs(engine, "المنافسة"));
        Assert.Equal(["qwen3"], Slugs(engine, "الإقبال"));
        // The other articles' terms, remembered from the first index, are still found.
        Assert.Equal(["jack-ma"], Slugs(engine, "هانغتشو"));
    }

    private static List<string> Slugs(DigestGen.Search.SearchEngine engine, string query) =>
        [.. engine.Search(query, false).Select(r => DigestGen.Tests.Search.QuerySet.SlugOf(r.Path))];

    [Fact]
    public void ABrokenEditChangesNothingAndNamesTheFileAndLine()
    {
        var page = Path.Combine(_live.Folder, "articles", "qwen3", "index.html");
        var before = File.ReadAllText(page);
        var file = Edit("2025/04/qwen3.md", t => t.Replace("date: 2025-04-29", "date: 2025-13-45", StringComparison.Ordinal));

        var result = _live.Apply([file]);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.EndsWith("qwen3.md", error.Path);
        Assert.True(error.Line == 3, error.ToString());
        Assert.Equal(before, File.ReadAllText(page));
    }

    [Fact]
    public void AnEditorsTemporaryFileBesideTheArticlesChangesNothing()
    {
        var temporary = Path.Combine(_site.Content, "articles", "2025", "04", ".qwen3.md.swp");
        File.WriteAllText(temporary, "x");

        var result = _live.Apply([temporary, Path.Combine(_site.Content, "articles", "2025", "04", "gone.tmp")]);

        Assert.False(result.NeedsFullBuild);
        Assert.True(result.ChangedNothing);
    }

    [Fact]
    public void SavingAnArticleUnchangedRendersNothing()
    {
        var result = _live.Apply([Edit("2025/04/qwen3.md", text => text)]);

        Assert.True(result.ChangedNothing, $"{result.Written} written");
        AssertSameAsFullBuild();
    }

    [Theory]
    [InlineData("templates")]
    [InlineData("settings")]
    [InlineData("gazetteer")]
    [InlineData("new article")]
    public void ChangesOtherThanArticleEditsAskForAFullBuild(string what)
    {
        var path = what switch
        {
            "templates" => Path.Combine(_site.Templates, "pages", "article.sbn"),
            "settings" => Path.Combine(_site.Content, "digest.yml"),
            "gazetteer" => Path.Combine(_site.Content, "entities", "main.yml"),
            _ => _site.Article("2025/05/new.md", TestSite.ArticleText("خبر جديد", "2025-05-02", "نص.")).Content + "/articles/2025/05/new.md",
        };

        Assert.True(_live.Apply([path]).NeedsFullBuild);
    }

    private BuildOptions Options(string output) => new()
    {
        ContentDirectory = _site.Content,
        TemplatesDirectory = _site.Templates,
        OutputDirectory = output,
        BaseUrl = "http://127.0.0.1:8080/",
        LiveReload = true,
        KeepSnapshot = true,
        NoCache = true,
        Now = Now,
    };

    private string Edit(string relative, Func<string, string> change)
    {
        var file = Path.Combine(_site.Content, "articles", relative);
        File.WriteAllText(file, change(File.ReadAllText(file)));
        return file;
    }

    private void AssertSameAsFullBuild()
    {
        _live.RefreshFiles(new StageClock());
        var expected = Path.Combine(_site.Root, "expected");
        Assert.True(new SiteBuilder(Options(expected)).Build().Succeeded);
        LiveSites.AssertSameFiles(expected, _live.Folder);
    }
}
