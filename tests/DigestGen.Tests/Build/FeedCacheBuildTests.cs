using System.Text.RegularExpressions;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Build;

/// <summary>
/// A build after an edit keeps every entity and tag feed that does not list the edited article, and writes the
/// ones that do: the site is byte for byte what a clean build writes. A new theme or generator keeps none.
/// </summary>
public sealed partial class FeedCacheBuildTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private TestSite ThreeArticles(string quarkTitle = "تحديث كوارك من علي بابا") => _site
        .Config("title: موجز الاختبار\nbase_url: https://example.github.io/digest/\n")
        .Entities("orgs.yml", "- id: alibaba\n  name: علي بابا\n  type: organization\n  aliases: [Alibaba]\n- id: beijing\n  name: بكين\n  type: place\n- id: riyadh\n  name: الرياض\n  type: place\n")
        .Article("qwen3.md", TestSite.ArticleText("علي بابا تطلق Qwen3", "2025-04-29", "أعلنت \"علي بابا\" في بكين عن سلسلة Qwen3 الجديدة.", "tags: [ذكاء اصطناعي]\n"))
        .Article("quark.md", TestSite.ArticleText(quarkTitle, "2025-03-10", "طرحت \"علي بابا\" نسخة من كوارك لمستخدميها في بكين.", "tags: [تطبيقات]\n"))
        .Article("cloud.md", TestSite.ArticleText("سحابة Alibaba في الخليج", "2025-02-02", "وسّعت Alibaba مراكز بياناتها بالرياض.", "tags: [حوسبة سحابية]\n"));

    private CliRun BuildOk(params string[] extra)
    {
        var run = _site.Build(["--verbose", .. extra]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return run;
    }

    /// <summary>How many entity and tag feeds the build kept, of how many; (0, 0) when it kept none.</summary>
    private static (int Kept, int Of) Kept(CliRun run) =>
        KeptNote().Match(run.Stdout) is { Success: true } note ? (int.Parse(note.Groups[1].Value), int.Parse(note.Groups[2].Value)) : (0, 0);

    [GeneratedRegex(@"\(([0-9]+) of ([0-9]+) entity and tag feeds kept from the last build\)")]
    private static partial Regex KeptNote();

    private long Written(string path) => File.GetLastWriteTimeUtc(Path.Combine(_site.Output, path)).Ticks;

    private Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(_site.Output, f), File.ReadAllText);

    [Fact]
    public void AfterAnEditOnlyTheFeedsThatListTheEditedArticleAreWritten()
    {
        ThreeArticles();
        Assert.Equal((0, 0), Kept(BuildOk()));
        var riyadh = Written("entities/riyadh/feed.xml");
        var cloudTag = Written("tags/حوسبة-سحابية/feed.xml");
        Thread.Sleep(20);

        ThreeArticles(quarkTitle: "كوارك يصل إلى الهواتف");
        // quark is listed by the feeds of alibaba, beijing and its tag; those of riyadh, qwen3 (a name the
        // recogniser found) and the two other tags stay.
        Assert.Equal((4, 7), Kept(BuildOk()));

        Assert.Contains("كوارك يصل إلى الهواتف", _site.ReadOutput("entities/alibaba/feed.xml"));
        Assert.Contains("كوارك يصل إلى الهواتف", _site.ReadOutput("tags/تطبيقات/feed.xml"));
        Assert.Equal(riyadh, Written("entities/riyadh/feed.xml"));
        Assert.Equal(cloudTag, Written("tags/حوسبة-سحابية/feed.xml"));

        var built = Snapshot();
        BuildOk("--no-cache");
        Assert.Equal(Snapshot(), built);
    }

    [Fact]
    public void ANewThemeKeepsNoFeed()
    {
        ThreeArticles();
        var theme = _site.OwnTemplates();
        BuildOk();
        File.AppendAllText(Path.Combine(theme, "pages", "tag.sbn"), "\n");
        ThreeArticles(quarkTitle: "كوارك يصل إلى الهواتف");

        Assert.Equal((0, 0), Kept(BuildOk()));
        Assert.Contains("سحابة Alibaba في الخليج", _site.ReadOutput("entities/riyadh/feed.xml"));
    }
}
