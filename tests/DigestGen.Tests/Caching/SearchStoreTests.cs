using DigestGen.Tests.Support;

namespace DigestGen.Tests.Caching;

/// <summary>
/// A build stores the search index's analysis of each article beside the entity cache, and the next build
/// analyses again only the articles that changed. Whatever the store holds (fresh, stale, damaged), the
/// index written is byte for byte the one a build without the cache writes.
/// </summary>
public sealed class SearchStoreTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private string CacheDirectory => Path.Combine(_site.Root, ".digestgen", "cache");

    private string[] Stores => Directory.Exists(CacheDirectory) ? Directory.GetFiles(CacheDirectory, "search-*.bin") : [];

    private TestSite ThreeArticles(string alibabaBody = "أعلنت \"علي بابا\" عن سلسلة Qwen3 الجديدة، وقال الرئيس التنفيذي إيدي وو إن لـ\"ديبسيك\" منافسين كثراً.") => _site
        .Config("title: موجز الاختبار\nbase_url: https://example.github.io/digest/\n")
        .Entities("orgs.yml", "- id: alibaba\n  name: علي بابا\n  type: organization\n- id: deepseek\n  name: ديبسيك\n  type: organization\n  aliases: [DeepSeek]\n")
        .Article("qwen3.md", TestSite.ArticleText("علي بابا تطلق Qwen3", "2025-04-29", alibabaBody, "tags: [ذكاء اصطناعي, الصين]\n"))
        .Article("deepseek.md", TestSite.ArticleText("ديبسيك تنافس في بكين", "2025-02-03",
            "في شباط/ فبراير طرحت ديبسيك نموذجها، وتابعت بكين والحكومة الأمر عن قرب.", "tags: [الصين]\n"))
        .Article("quark.md", TestSite.ArticleText("تحديث كوارك", "2025-03-10", "طرحت الشركة نسخة من كوارك لمستخدمي الهواتف."));

    private CliRun BuildOk(params string[] extra)
    {
        var run = _site.Build(["--verbose", .. extra]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return run;
    }

    // --verbose prints a note as a stage of no time: "(search index: …)        0 ms".
    private static string SearchNote(CliRun run) =>
        System.Text.RegularExpressions.Regex.Match(Assert.Single(run.Stdout.Split('\n'), l => l.Contains("(search index:")), @"\(search index:[^)]*\)").Value;

    private Dictionary<string, byte[]> SearchFiles() =>
        Directory.EnumerateFiles(Path.Combine(_site.Output, "search"), "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(_site.Output, f), File.ReadAllBytes);

    /// <summary>The index now, and the index a build that reads no cache writes from the same content: they must be equal.</summary>
    private void AssertSameAsWithoutCache()
    {
        var stored = SearchFiles();
        Assert.NotEmpty(stored);
        BuildOk("--no-cache");
        var fresh = SearchFiles();
        Assert.Equal(fresh.Keys.Order(StringComparer.Ordinal), stored.Keys.Order(StringComparer.Ordinal));
        Assert.All(fresh, f => Assert.True(f.Value.AsSpan().SequenceEqual(stored[f.Key]), $"{f.Key} differs from a build without the cache"));
    }

    [Fact]
    public void EditedArticleIsTheOnlyOneAnalysedAgain()
    {
        ThreeArticles();
        var first = BuildOk();
        Assert.Equal("(search index: 3 of 3 articles analysed)", SearchNote(first));
        var store = Assert.Single(Stores);

        // New words (بالذكاء, "Qwen3-Max") and an entity under a Latin alias come in with the edit.
        ThreeArticles("أعلنت \"علي بابا\" اليوم عن \"Qwen3-Max\" المدعوم بالذكاء الاصطناعي، ورأت DeepSeek فيه منافساً.");
        var second = BuildOk();

        Assert.Equal("(search index: 1 of 3 articles analysed, the rest as stored by the last build)", SearchNote(second));
        Assert.Equal(store, Assert.Single(Stores));
        AssertSameAsWithoutCache();
    }

    [Fact]
    public void AddedDeletedAndRedatedArticlesGiveTheIndexOfAFreshBuild()
    {
        ThreeArticles();
        BuildOk();

        File.Delete(Path.Combine(_site.Content, "articles", "quark.md"));
        // A new date moves the article to the front of the index's document order.
        _site.Article("deepseek.md", TestSite.ArticleText("ديبسيك تنافس في بكين", "2025-06-01",
            "في شباط/ فبراير طرحت ديبسيك نموذجها، وتابعت بكين والحكومة الأمر عن قرب.", "tags: [الصين]\n"));
        _site.Article("2025/05/kimi.md", TestSite.ArticleText("مون شوت تطلق كيمي", "2025-05-12", "أطلقت شركة مون شوت نموذج Kimi K2 في أيار/ مايو."));
        var run = BuildOk();

        // The re-dated article has new bytes, so it is analysed again, as is the new one; the deleted one is gone from the store.
        Assert.Equal("(search index: 2 of 3 articles analysed, the rest as stored by the last build)", SearchNote(run));
        AssertSameAsWithoutCache();
        Assert.Contains("nothing changed", BuildOk().Stdout);
    }

    [Theory]
    [InlineData("empty")]
    [InlineData("truncated")]
    [InlineData("garbage")]
    [InlineData("huge count")]
    public void DamagedStoreIsAMissNeverAnError(string damage)
    {
        ThreeArticles();
        BuildOk();
        var store = Assert.Single(Stores);
        var bytes = File.ReadAllBytes(store);
        File.WriteAllBytes(store, damage switch
        {
            "empty" => [],
            "truncated" => bytes[..(bytes.Length / 2)],
            "garbage" => [.. "DGSA"u8, 1, 0, 0, 0, .. Enumerable.Range(0, 200).Select(i => (byte)(i * 37))],
            // The right header, then a table of strings said to be two billion long.
            _ => [.. bytes[..8], 0xFF, 0xFF, 0xFF, 0xFF, 0x07],
        });

        ThreeArticles("أعلنت \"علي بابا\" عن نموذج جديد تماما.");
        var run = BuildOk();

        Assert.Equal("(search index: 3 of 3 articles analysed)", SearchNote(run));
        Assert.Empty(run.Stderr);
        AssertSameAsWithoutCache();
    }

    [Fact]
    public void GazetteerChangeStartsANewStoreAndDropsTheOldOne()
    {
        ThreeArticles();
        BuildOk();
        var before = Assert.Single(Stores);

        // An entity the articles already mention: every article is analysed again for its name.
        _site.Entities("products.yml", "- id: quark\n  name: كوارك\n  type: product\n");
        var run = BuildOk();

        Assert.Equal("(search index: 3 of 3 articles analysed)", SearchNote(run));
        var after = Assert.Single(Stores);
        Assert.NotEqual(before, after);
        AssertSameAsWithoutCache();
    }

    [Fact]
    public void NoCacheReadsNoStoreButLeavesAFreshOne()
    {
        ThreeArticles();
        BuildOk();
        var store = Assert.Single(Stores);
        File.WriteAllBytes(store, [.. "DGSA"u8, 1, 0, 0, 0]);

        var run = BuildOk("--no-cache");

        Assert.Equal("(search index: 3 of 3 articles analysed)", SearchNote(run));
        Assert.True(new FileInfo(store).Length > 8, "the --no-cache build stores its analyses for the next build");
        ThreeArticles("أعلنت \"علي بابا\" عن نموذج جديد تماما.");
        Assert.Equal("(search index: 1 of 3 articles analysed, the rest as stored by the last build)", SearchNote(BuildOk()));
    }
}
