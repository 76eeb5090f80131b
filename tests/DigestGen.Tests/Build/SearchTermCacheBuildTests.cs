using System.Text;
using System.Text.RegularExpressions;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Build;

/// <summary>
/// A build after an edit merges the search index from the cached terms of every article it did not change and
/// reads only the edited one, and the index it writes is byte for byte what a clean build writes.
/// </summary>
public sealed partial class SearchTermCacheBuildTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private const string Qwen = "أعلنت \"علي بابا\" في بكين عن سلسلة Qwen3 الجديدة، وقالت إن النماذج مفتوحة للمطورين.";

    private TestSite ThreeArticles(string qwenBody = Qwen, string extraEntity = "") => _site
        .Config("title: موجز الاختبار\nbase_url: https://example.github.io/digest/\n")
        .Entities("orgs.yml", "- id: alibaba\n  name: علي بابا\n  type: organization\n  aliases: [Alibaba]\n- id: beijing\n  name: بكين\n  type: place\n" + extraEntity)
        .Article("qwen3.md", TestSite.ArticleText("علي بابا تطلق Qwen3", "2025-04-29", qwenBody))
        .Article("quark.md", TestSite.ArticleText("تحديث كوارك من علي بابا", "2025-03-10", "طرحت \"علي بابا\" نسخة من كوارك لمستخدميها في بكين."))
        .Article("cloud.md", TestSite.ArticleText("سحابة Alibaba في الخليج", "2025-02-02", "وسّعت Alibaba مراكز بياناتها بالرياض، وقال متحدث إن بكين تتابع."));

    /// <summary>How many articles' terms the build took from the cache, of how many.</summary>
    private (int Cached, int Of) BuildAndCount(params string[] extra)
    {
        var run = _site.Build(["--verbose", .. extra]);
        Assert.True(run.ExitCode == 0, run.ToString());
        var note = CachedNote().Match(run.Stdout);
        Assert.True(note.Success, run.Stdout);
        return (int.Parse(note.Groups[1].Value), int.Parse(note.Groups[2].Value));
    }

    [GeneratedRegex(@"\(search index: ([0-9]+) of ([0-9]+) articles' terms from the cache")]
    private static partial Regex CachedNote();

    /// <summary>Every file of the search index, by its path under search/.</summary>
    private SortedDictionary<string, string> SearchFiles()
    {
        var folder = Path.Combine(_site.Output, "search");
        return new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => File.ReadAllText(f, Encoding.UTF8)), StringComparer.Ordinal);
    }

    private void AssertAsACleanBuildWritesIt(SortedDictionary<string, string> index)
    {
        var run = _site.Build("--no-cache");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(SearchFiles(), index);
    }

    private static bool Has(SortedDictionary<string, string> index, string text) => index.Values.Any(json => json.Contains(text, StringComparison.Ordinal));

    [Fact]
    public void AfterAnEditOnlyTheEditedArticleIsReadAndTheIndexIsWhatACleanBuildWrites()
    {
        ThreeArticles();
        Assert.Equal((0, 3), BuildAndCount());
        Assert.True(Has(SearchFiles(), "مفتوح"), "the first build indexes the word the edit takes out");

        // The sentence with مفتوحة goes (the search rules in meta.json name النماذج, so that word cannot tell); a new one brings a name glued to its clitics (وبشنغهاي) and a Latin name.
        ThreeArticles(qwenBody: "أعلنت \"علي بابا\" في بكين عن سلسلة Qwen3 الجديدة وبشنغهاي، ومعها DashScope.");
        Assert.Equal((2, 3), BuildAndCount());

        var index = SearchFiles();
        Assert.False(Has(index, "مفتوح"), "a word only the edited-away text had is no longer in the index");
        Assert.True(Has(index, "شنغهاي"));
        Assert.True(Has(index, "dashscope"));
        // The two untouched articles' words are still found, from the cache.
        Assert.True(Has(index, "كوارك"));
        Assert.True(Has(index, "رياض"));
        AssertAsACleanBuildWritesIt(index);
    }

    [Fact]
    public void ANewGazetteerReadsEveryArticleAgain()
    {
        ThreeArticles();
        BuildAndCount();
        Assert.Equal((3, 3), BuildAndCount("--base-url", "https://example.org/other/"));

        // A new entity can be named in text already indexed: no article's old terms are trusted.
        ThreeArticles(extraEntity: "- id: quark\n  name: كوارك\n  type: product\n");
        Assert.Equal((0, 3), BuildAndCount());

        Assert.Single(Directory.GetFiles(Path.Combine(_site.Root, ".digestgen", "cache"), "search-*"));
        AssertAsACleanBuildWritesIt(SearchFiles());
    }

    [Fact]
    public void NoCacheReadsEveryArticleAndStillLeavesTheCacheForTheNextBuild()
    {
        ThreeArticles();
        BuildAndCount();

        Assert.Equal((0, 3), BuildAndCount("--no-cache"));
        ThreeArticles(qwenBody: Qwen + " وأضافت أن الإطلاق عالمي.");
        Assert.Equal((2, 3), BuildAndCount());
    }
}
