using DigestGen.Caching;
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
        // Both articles' entities were cached by the first build; --verbose says how long the cache took to read.
        Assert.Matches(@"\(entity cache of 2 articles read in [0-9]+ ms beside the content; extraction waited [0-9]+ ms for it\)", run.Stdout);
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
        var theme = _site.OwnTemplates();
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
        Assert.Equal(OutputStamp.Of(_site.Output), RecordedStamp());

        TwoArticles("أعلنت \"علي بابا\" اليوم عن نموذج جديد تماما.");
        var run = BuildOk();
        Assert.Matches(@"\(([1-9][0-9]*) of [0-9]+ pages reused\)", run.Stdout);
        Assert.Equal(OutputStamp.Of(_site.Output), RecordedStamp());

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

    private string QwenFile => Path.Combine(_site.Content, "articles", "qwen3.md");

    /// <summary>
    /// Dates every content file an hour back, then waits out <see cref="ContentIndex.Margin"/>: setting a
    /// time sets the change time to now, and the next build must find no file racy, so that it keys
    /// with the digests recorded beside the stats rather than reading the files.
    /// </summary>
    private void AgeContent()
    {
        foreach (var file in Directory.EnumerateFiles(_site.Content, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        }
        Thread.Sleep(ContentIndex.Margin + TimeSpan.FromMilliseconds(200));
    }

    /// <summary>The same number of bytes as the body <see cref="TwoArticles"/> writes by default, in other words.</summary>
    private const string SameSizeBody = "أعلنت \"علي بابا\" عن سلسلة Qwen4 الجديدة.";

    [Fact]
    public void UnchangedAndTouchedFilesLeaveTheSiteStandingAndANewerEditIsRebuilt()
    {
        TwoArticles();
        AgeContent();
        BuildOk();
        var before = Snapshot();

        Assert.Contains("nothing changed", BuildOk().Stdout);

        File.SetLastWriteTimeUtc(QwenFile, DateTime.UtcNow.AddMinutes(-30)); // touched: a new time, the same bytes
        Assert.Contains("nothing changed", BuildOk().Stdout);
        Assert.Equal(before, Snapshot());

        TwoArticles("أعلنت \"علي بابا\" اليوم عن نموذج جديد تماما.");
        var run = BuildOk();

        Assert.DoesNotContain("nothing changed", run.Stdout);
        Assert.Contains("نموذج جديد تماما", _site.ReadOutput("articles/qwen3/index.html"));
    }

    /// <summary>
    /// An edit in place right after a build, same size, the modification time set back to what the build
    /// saw: the file's times are not clearly older than that build, so it is read again (git's racy rule).
    /// </summary>
    [Fact]
    public void SameSizeEditRightAfterABuildIsRebuiltThoughSizeAndModificationTimeAreUnchanged()
    {
        TwoArticles();
        BuildOk();
        var (length, time) = (new FileInfo(QwenFile).Length, File.GetLastWriteTimeUtc(QwenFile));

        TwoArticles(SameSizeBody);
        File.SetLastWriteTimeUtc(QwenFile, time);
        Assert.Equal(length, new FileInfo(QwenFile).Length);
        var run = BuildOk();

        Assert.DoesNotContain("nothing changed", run.Stdout);
        Assert.Contains("Qwen4", _site.ReadOutput("articles/qwen3/index.html"));
    }

    /// <summary>
    /// The same edit long after the build, so not racy: on Linux the change time, which cannot be set
    /// back, shows it. (Where the platform gives only size and modification time it is not seen; see
    /// <see cref="DigestGen.Tests.Caching.ContentIndexTests"/>.)
    /// </summary>
    [Fact]
    public void SameSizeEditWithTheModificationTimeSetBackIsRebuiltOnLinux()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        TwoArticles();
        AgeContent();
        BuildOk();
        var time = File.GetLastWriteTimeUtc(QwenFile);

        TwoArticles(SameSizeBody);
        File.SetLastWriteTimeUtc(QwenFile, time);
        var run = BuildOk();

        Assert.DoesNotContain("nothing changed", run.Stdout);
        Assert.Contains("Qwen4", _site.ReadOutput("articles/qwen3/index.html"));
    }

    /// <summary>
    /// The recorded stats are forged so that they vouch for the settings' old digest after a same-size
    /// edit of the title: a build trusts them and finds nothing changed, while --no-cache reads no state,
    /// hashes every file and records what it hashed, so that putting the old title back is a change again.
    /// </summary>
    [Fact]
    public void NoCacheHashesEveryFileWhateverTheStateRecords()
    {
        const string Original = "title: موجز الاختبار\nbase_url: https://example.github.io/digest/\n";
        TwoArticles();
        BuildOk();
        _site.Config(Original.Replace("الاختبار", "الاختيار"));
        var state = Assert.Single(Directory.EnumerateFiles(CacheDirectory, "state-*.json"));
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(state))!;
        var stat = FileStat.Of(Path.Combine(_site.Content, "digest.yml"))!.Value;
        json["Index"]!["Taken"] = DateTime.UtcNow.AddHours(1).Ticks;
        json["Index"]!["Files"]!["digest.yml"] = new System.Text.Json.Nodes.JsonArray(stat.Length, stat.Ticks, stat.Change, stat.Inode,
            json["Index"]!["Files"]!["digest.yml"]![4]!.DeepClone());
        File.WriteAllText(state, json.ToJsonString());

        Assert.Contains("nothing changed", BuildOk().Stdout);
        Assert.Contains("موجز الاختبار", _site.ReadOutput("index.html"));

        Assert.DoesNotContain("nothing changed", BuildOk("--no-cache").Stdout);
        Assert.Contains("موجز الاختيار", _site.ReadOutput("index.html"));

        _site.Config(Original);
        Assert.DoesNotContain("nothing changed", BuildOk().Stdout);
        Assert.Contains("موجز الاختبار", _site.ReadOutput("index.html"));
    }

    /// <summary>A state written before the content index (no format) is not read: the next build builds.</summary>
    [Fact]
    public void AStateOfAnOlderFormatIsIgnored()
    {
        TwoArticles();
        BuildOk();
        var state = Assert.Single(Directory.EnumerateFiles(CacheDirectory, "state-*.json"));
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(state))!.AsObject();
        Assert.Equal(BuildState.CurrentFormat, (int)json["Format"]!);
        json.Remove("Format");
        json.Remove("Index");
        File.WriteAllText(state, json.ToJsonString());

        var run = BuildOk();

        Assert.DoesNotContain("nothing changed", run.Stdout);
        Assert.Contains("nothing changed", BuildOk().Stdout);
    }
}
