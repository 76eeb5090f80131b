using System.Text.RegularExpressions;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Build;

/// <summary>
/// A build after an edit copies each article's and entity's JSON in api/*.json from the last build's
/// files where nothing it shows changed, and the files are still byte for byte what a clean build writes.
/// </summary>
public sealed partial class DataSpliceTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private TestSite ThreeArticles(string qwenTitle = "علي بابا تطلق Qwen3", string qwenBody = "أعلنت \"علي بابا\" في بكين عن سلسلة Qwen3 الجديدة.") => _site
        .Config("title: موجز الاختبار\nbase_url: https://example.github.io/digest/\n")
        .Entities("orgs.yml", "- id: alibaba\n  name: علي بابا\n  type: organization\n  aliases: [Alibaba]\n- id: beijing\n  name: بكين\n  type: place\n")
        .Article("qwen3.md", TestSite.ArticleText(qwenTitle, "2025-04-29", qwenBody))
        .Article("quark.md", TestSite.ArticleText("تحديث كوارك من علي بابا", "2025-03-10", "طرحت \"علي بابا\" نسخة من كوارك في بكين."))
        .Article("cloud.md", TestSite.ArticleText("سحابة Alibaba في الخليج", "2025-02-02", "وسّعت Alibaba مراكز بياناتها، وقال متحدث إن بكين تتابع."));

    private (int Articles, int OfArticles, int Entities, int OfEntities) BuildAndCount(params string[] extra)
    {
        var run = _site.Build(["--verbose", .. extra]);
        Assert.True(run.ExitCode == 0, run.ToString());
        var note = CopiedNote().Match(run.Stdout);
        Assert.True(note.Success, run.Stdout);
        return (int.Parse(note.Groups[1].Value), int.Parse(note.Groups[2].Value), int.Parse(note.Groups[3].Value), int.Parse(note.Groups[4].Value));
    }

    [GeneratedRegex(@"\(api/\*\.json: ([0-9]+) of ([0-9]+) articles and ([0-9]+) of ([0-9]+) entities copied from the last build\)")]
    private static partial Regex CopiedNote();

    private (string Articles, string Entities) DataFiles() =>
        (_site.ReadOutput("api/articles.json"), _site.ReadOutput("api/entities.json"));

    /// <summary>The data files as they are, then as a clean build (no cache) writes them from the same content.</summary>
    private void AssertAsACleanBuildWritesThem()
    {
        var updated = DataFiles();
        var run = _site.Build("--no-cache");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(DataFiles(), updated);
    }

    [Fact]
    public void ACleanBuildSerialisesEverythingAndTheNextOneAfterAnEditCopiesWhatDidNotChange()
    {
        ThreeArticles();
        var first = BuildAndCount();
        Assert.Equal((0, 3), (first.Articles, first.OfArticles));
        Assert.Equal(0, first.Entities);

        // A sentence added to one article: its own JSON is new; no entity lists it differently (same slug and title).
        ThreeArticles(qwenBody: "أعلنت \"علي بابا\" في بكين عن سلسلة Qwen3 الجديدة. وقالت إن النماذج مفتوحة.");
        var second = BuildAndCount();

        Assert.Equal((2, 3), (second.Articles, second.OfArticles));
        Assert.True(second.OfEntities >= 2, $"{second.OfEntities} entities");
        Assert.Equal(second.OfEntities, second.Entities);
        Assert.Contains("وقالت إن النماذج مفتوحة", DataFiles().Articles);
        AssertAsACleanBuildWritesThem();
    }

    [Fact]
    public void ANewTitleIsWrittenUnderEveryEntityThatListsTheArticle()
    {
        ThreeArticles();
        BuildAndCount();

        ThreeArticles(qwenTitle: "علي بابا تكشف عن Qwen3 في بكين");
        var after = BuildAndCount();

        Assert.Equal(2, after.Articles);
        // علي بابا and بكين list the article by its title: both are written anew.
        Assert.True(after.Entities <= after.OfEntities - 2, $"{after.Entities} of {after.OfEntities} entities copied");
        Assert.Contains("علي بابا تكشف عن Qwen3 في بكين", DataFiles().Entities);
        AssertAsACleanBuildWritesThem();
    }

    [Theory]
    [InlineData("the data file edited by hand")]
    [InlineData("the record damaged")]
    [InlineData("the record gone")]
    public void NothingIsCopiedFromFilesThatAreNotTheOnesRecorded(string change)
    {
        ThreeArticles();
        BuildAndCount();
        var record = Assert.Single(Directory.GetFiles(Path.Combine(_site.Root, ".digestgen", "cache"), "data-*.bin"));
        switch (change)
        {
            case "the data file edited by hand":
                var path = Path.Combine(_site.Output, "api", "articles.json");
                File.WriteAllText(path, File.ReadAllText(path).Replace("Qwen3", "Qwen9", StringComparison.Ordinal));
                break;
            case "the record damaged":
                var bytes = File.ReadAllBytes(record);
                File.WriteAllBytes(record, bytes[..(bytes.Length / 2)]);
                break;
            default:
                File.Delete(record);
                break;
        }

        ThreeArticles(qwenBody: "أعلنت \"علي بابا\" في بكين عن سلسلة Qwen3. وقالت إن النماذج مفتوحة.");
        var after = BuildAndCount();

        Assert.Equal((0, 0), (after.Articles, after.Entities));
        Assert.DoesNotContain("Qwen9", DataFiles().Articles);
        AssertAsACleanBuildWritesThem();
    }
}
