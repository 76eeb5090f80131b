using DigestGen.Tests.Support;

namespace DigestGen.Tests.Build;

/// <summary>The incremental cache in .digestgen/cache: reused only when every input it depends on is unchanged.</summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private string CacheDirectory => Path.Combine(_site.Root, ".digestgen", "cache");

    private TestSite TwoArticles(string qwenBody = "أعلنت \"علي بابا\" عن سلسلة Qwen3 الجديدة.") => _site
        .Config("title: موجز الاختبار\nbase_url: https://example.github.io/digest/\n")
        .Entities("orgs.yml", "- id: alibaba\n  name: علي بابا\n  type: organization\n")
        .Article("qwen3.md", TestSite.ArticleText("علي بابا تطلق Qwen3", "2025-04-29", qwenBody))
        .Article("quark.md", TestSite.ArticleText("تحديث كوارك", "2025-03-10", "طرحت الشركة نسخة من كوارك."));

    private Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(_site.Output, f), File.ReadAllText);

    private CliRun BuildOk(params string[] extra)
    {
        var run = _site.Build(["--verbose", .. extra]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return run;
    }

    [Fact]
    public void SecondBuildWithNothingChangedLeavesTheSiteAsItWas()
    {
        TwoArticles();
        BuildOk();
        var before = Snapshot();

        var run = BuildOk();

        Assert.Contains("nothing changed", run.Stdout);
        Assert.Equal(before, Snapshot());
        Assert.True(Directory.Exists(CacheDirectory));
    }

    [Fact]
    public void EditedArticleIsRerenderedAndTheOtherPagesStayTheSame()
    {
        TwoArticles();
        BuildOk();
        var before = Snapshot();

        TwoArticles("أعلنت \"علي بابا\" اليوم عن نموذج جديد تماما.");
        var run = BuildOk();

        Assert.Contains("pages reused", run.Stdout);
        Assert.Contains("نموذج جديد تماما", _site.ReadOutput("articles/qwen3/index.html"));
        Assert.Equal(before["articles/quark/index.html"], _site.ReadOutput("articles/quark/index.html"));
    }

    /// <summary>
    /// A build after one edit updates the site in place: the edited page and the pages that list it are
    /// replaced, a deleted article's page and its folder go, the next build finds nothing changed, and
    /// the site is byte for byte what a clean build writes.
    /// </summary>
    [Fact]
    public void OneEditUpdatesTheSiteInPlace()
    {
        TwoArticles();
        _site.Article("old.md", TestSite.ArticleText("خبر قديم عن علي بابا", "2024-12-01", "كانت \"علي بابا\" قد أعلنت خطتها."));
        BuildOk();
        var before = Snapshot();
        File.Delete(Path.Combine(_site.Content, "articles", "old.md"));

        TwoArticles("أعلنت \"علي بابا\" اليوم عن نموذج جديد تماما.");
        var run = BuildOk();

        var note = Assert.Single(run.Stdout.Split('\n'), l => l.Contains("site updated in place"));
        Assert.Matches(@"\(site updated in place: [1-9][0-9]* files written, [1-9][0-9]* removed\)", note);
        Assert.Contains("نموذج جديد تماما", _site.ReadOutput("articles/qwen3/index.html"));
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "articles", "old")));
        Assert.NotEqual(before["articles/quark/index.html"], _site.ReadOutput("articles/quark/index.html")); // its pager lost "old"
        Assert.Empty(Directory.EnumerateDirectories(_site.Root, ".site.*"));
        Assert.Contains("nothing changed", BuildOk().Stdout);

        // What was updated in place is what a clean build writes.
        var updated = Snapshot();
        BuildOk("--no-cache");
        var clean = Snapshot();
        Assert.Equal([], clean.Keys.Union(updated.Keys).Where(k => clean.GetValueOrDefault(k) != updated.GetValueOrDefault(k)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void GazetteerChangeFindsTheNewEntityInUnchangedArticles()
    {
        TwoArticles();
        BuildOk();
        Assert.False(_site.OutputExists("entities/quark/index.html"));

        _site.Entities("products.yml", "- id: quark\n  name: كوارك\n  type: product\n");
        BuildOk();

        Assert.True(_site.OutputExists("entities/quark/index.html"));
        Assert.Contains("entities/quark/", _site.ReadOutput("articles/quark/index.html"));
    }

    [Fact]
    public void TemplateChangeRerendersEveryPage()
    {
        var theme = Path.Combine(_site.Root, "theme");
        CopyTree(RepoPaths.Templates, theme);
        _site.Templates = theme;
        TwoArticles();
        BuildOk();

        var layout = Path.Combine(theme, "layouts", "base.sbn");
        File.AppendAllText(layout, "<!-- theme-changed -->\n");
        BuildOk();

        foreach (var page in Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories))
        {
            Assert.Contains("theme-changed", File.ReadAllText(page));
        }
    }

    /// <summary>
    /// A build stamps the site from what it wrote, without walking it: the stamp must be the one a walk
    /// of the committed site gives, after a full build and after one that linked unchanged pages, or
    /// the next build would take the site for hand-edited and reuse nothing.
    /// </summary>
    [Fact]
    public void RecordedStampIsTheStampOfTheSiteOnDisk()
    {
        TwoArticles();
        BuildOk();
        Assert.Equal(DigestGen.Caching.OutputStamp.Of(_site.Output), RecordedStamp());

        TwoArticles("أعلنت \"علي بابا\" اليوم عن نموذج جديد تماما.");
        var run = BuildOk();
        Assert.Matches(@"\(([1-9][0-9]*) of [0-9]+ pages reused\)", run.Stdout);
        Assert.Equal(DigestGen.Caching.OutputStamp.Of(_site.Output), RecordedStamp());

        Assert.Contains("nothing changed", BuildOk().Stdout);
    }

    private string RecordedStamp()
    {
        var state = Assert.Single(Directory.EnumerateFiles(CacheDirectory, "state-*.json"));
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(state));
        return json.RootElement.GetProperty("OutputStamp").GetString()!;
    }

    [Fact]
    public void HandEditedSiteIsRebuiltRatherThanTrusted()
    {
        TwoArticles();
        BuildOk();
        var original = _site.ReadOutput("articles/quark/index.html");

        File.WriteAllText(Path.Combine(_site.Output, "articles", "quark", "index.html"), "edited by hand");
        BuildOk();

        Assert.Equal(original, _site.ReadOutput("articles/quark/index.html"));
    }

    [Fact]
    public void CorruptCacheIsIgnoredAndNoCacheRebuildsEverything()
    {
        TwoArticles();
        BuildOk();
        var before = Snapshot();
        foreach (var file in Directory.EnumerateFiles(CacheDirectory))
        {
            File.WriteAllText(file, "{ not json");
        }

        BuildOk();
        Assert.Equal(before, Snapshot());

        var run = BuildOk("--no-cache");
        Assert.Contains("(0 of", run.Stdout);
        Assert.Equal(before, Snapshot());
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
