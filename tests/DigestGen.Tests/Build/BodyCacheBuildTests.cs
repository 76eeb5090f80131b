using System.Text.RegularExpressions;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Build;

/// <summary>
/// A build after an edit renders only the edited article's Markdown; every other body is rendered when a page
/// or feed reads it, and the site is byte for byte what a clean build writes. A body whose Markdown reported a
/// warning is never left unrendered, so the warning is reported by every build.
/// </summary>
public sealed partial class BodyCacheBuildTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private const string Qwen = "أعلنت \"علي بابا\" في بكين عن سلسلة Qwen3 الجديدة، وقالت إن النماذج مفتوحة للمطورين.\n\n::: correction\nصُحّح اسم السلسلة في الفقرة الأولى.\n:::";

    private TestSite ThreeArticles(string qwenBody = Qwen, string cloudBody = "وسّعت Alibaba مراكز بياناتها بالرياض، وقال متحدث إن بكين تتابع.") => _site
        .Config("title: موجز الاختبار\nbase_url: https://example.github.io/digest/\nfeed_content: full\n")
        .Entities("orgs.yml", "- id: alibaba\n  name: علي بابا\n  type: organization\n  aliases: [Alibaba]\n- id: beijing\n  name: بكين\n  type: place\n")
        .Article("qwen3.md", TestSite.ArticleText("علي بابا تطلق Qwen3", "2025-04-29", qwenBody))
        .Article("quark.md", TestSite.ArticleText("تحديث كوارك من علي بابا", "2025-03-10", "طرحت \"علي بابا\" نسخة من كوارك لمستخدميها في بكين، وقالت إنها «أسرع بمرتين»."))
        .Article("cloud.md", TestSite.ArticleText("سحابة Alibaba في الخليج", "2025-02-02", cloudBody));

    private CliRun BuildOk(params string[] extra)
    {
        var run = _site.Build(["--verbose", .. extra]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return run;
    }

    /// <summary>How many bodies the build left unrendered until read, of how many.</summary>
    private static (int Deferred, int Of) Deferred(CliRun run)
    {
        var note = DeferredNote().Match(run.Stdout);
        Assert.True(note.Success, run.Stdout);
        return (int.Parse(note.Groups[1].Value), int.Parse(note.Groups[2].Value));
    }

    [GeneratedRegex(@"\(markdown: ([0-9]+) of ([0-9]+) bodies left unrendered until read, their facts from the cache read in [0-9]+ ms")]
    private static partial Regex DeferredNote();

    private Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(_site.Output, f), File.ReadAllText);

    /// <summary>The site as it is, against what a clean build of the same content writes: the paths that differ.</summary>
    private List<string> DifferencesFromACleanBuild()
    {
        var built = Snapshot();
        BuildOk("--no-cache");
        var clean = Snapshot();
        return [.. clean.Keys.Union(built.Keys).Where(k => clean.GetValueOrDefault(k) != built.GetValueOrDefault(k)).Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void AfterAnEditOnlyTheEditedBodyIsRenderedAtOnceAndTheSiteIsWhatACleanBuildWrites()
    {
        ThreeArticles();
        Assert.Equal((0, 3), Deferred(BuildOk()));

        ThreeArticles(cloudBody: "وسّعت Alibaba مراكز بياناتها بالرياض وجدة، وقال متحدث إن بكين تتابع.");
        Assert.Equal((2, 3), Deferred(BuildOk()));

        Assert.Contains("بالرياض وجدة", _site.ReadOutput("articles/cloud/index.html"));
        // The feeds carry the full text of every article, so the two deferred bodies were rendered for them.
        var feed = _site.ReadOutput("feed.xml");
        Assert.Contains("مفتوحة للمطورين", feed);
        Assert.Contains("أسرع بمرتين", feed);
        Assert.Equal([], DifferencesFromACleanBuild());
    }

    /// <summary>A template change renders every page again while the bodies' key holds: every article page is made from a deferred body.</summary>
    [Fact]
    public void PagesRenderedFromDeferredBodiesAreThoseOfAFreshRendering()
    {
        ThreeArticles();
        var theme = _site.OwnTemplates();
        BuildOk();
        var page = Path.Combine(theme, "pages", "article.sbn");
        File.WriteAllText(page, File.ReadAllText(page).Replace("</article>", "</article>\n<!-- قالب معدّل -->", StringComparison.Ordinal));

        Assert.Equal((3, 3), Deferred(BuildOk()));

        var qwen = _site.ReadOutput("articles/qwen3/index.html");
        Assert.Contains("قالب معدّل", qwen);
        Assert.Contains("مفتوحة للمطورين", qwen);
        Assert.Contains("صُحّح اسم السلسلة", qwen); // the correction, from the cached facts
        Assert.Equal([], DifferencesFromACleanBuild());
    }

    [Fact]
    public void ABodyWithAWarningIsRenderedByEveryBuildAndItsWarningReportedEachTime()
    {
        const string Warning = "link to 'javascript:alert(1)' removed";
        ThreeArticles(qwenBody: Qwen + "\n\nللمزيد [اضغط هنا](javascript:alert(1)).");
        var first = BuildOk();
        Assert.Contains(Warning, first.Stdout + first.Stderr);

        ThreeArticles(qwenBody: Qwen + "\n\nللمزيد [اضغط هنا](javascript:alert(1)).", cloudBody: "وسّعت Alibaba مراكز بياناتها في جدة.");
        var second = BuildOk();

        // quark's body is the only one the cache holds: qwen3's reported a warning, cloud's was edited.
        Assert.Equal((1, 3), Deferred(second));
        Assert.Contains(Warning, second.Stdout + second.Stderr);
        Assert.Equal([], DifferencesFromACleanBuild());
    }

    [Fact]
    public void NoCacheRendersEveryBodyAndAnotherKeysFileIsDeleted()
    {
        ThreeArticles();
        BuildOk();
        Assert.Equal((0, 3), Deferred(BuildOk("--no-cache")));

        // New settings, a new key: the old key's file goes.
        _site.Config("title: موجز آخر\nbase_url: https://example.github.io/digest/\n");
        Assert.Equal((0, 3), Deferred(BuildOk()));
        var file = Assert.Single(Directory.GetFiles(Path.Combine(_site.Root, ".digestgen", "cache"), "bodies-*"));
        Assert.EndsWith(".bin", file, StringComparison.Ordinal);
    }
}
