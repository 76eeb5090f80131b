using DigestGen.Output;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Robustness;

/// <summary>Nothing lost: a build writes only its output folder and deletes only folders it made.</summary>
public sealed class OutputSafetyTests : IDisposable
{
    private const string DeadPid = "2147483647";
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void WritesNothingOutsideTheOutputFolder()
    {
        HostileSite.Write(_site);
        var before = DeterminismTests.Snapshot(_site.Root);

        Assert.Equal(0, _site.Build().ExitCode);

        var after = DeterminismTests.Snapshot(_site.Root);
        // The only other place a build writes is its incremental cache, .digestgen/cache/ (#8).
        static bool IsOutputOrCache(string path) =>
            path.StartsWith("site/", StringComparison.Ordinal) || path.StartsWith(".digestgen/cache/", StringComparison.Ordinal);
        Assert.Equal(before, new SortedDictionary<string, string>(after.Where(f => !IsOutputOrCache(f.Key)).ToDictionary(), StringComparer.Ordinal));
        Assert.Empty(Directory.EnumerateDirectories(_site.Root, ".site.*"));
    }

    [Fact]
    public void ASecondBuildRemovesTheSiteItReplacedBeforeItEnds()
    {
        _site.Article("a.md", TestSite.ArticleText("خبر", "2025-01-01", "نص."));
        Assert.Equal(0, _site.Build().ExitCode);
        _site.Article("b.md", TestSite.ArticleText("خبر ثان", "2025-01-02", "نص آخر."));

        Assert.Equal(0, _site.Build().ExitCode);

        Assert.Empty(Directory.EnumerateDirectories(_site.Root, ".site.*"));
        Assert.True(_site.OutputExists("articles/b/index.html"));
    }

    [Fact]
    public void DeletesTheHalfRemovedPreviousSiteOfABuildKilledAfterItsSwap()
    {
        _site.Article("a.md", TestSite.ArticleText("خبر", "2025-01-01", "نص."));
        Assert.Equal(0, _site.Build().ExitCode);
        _site.File(Path.Combine($".site.previous-{DeadPid}", OutputFolder.Marker), "");
        _site.File(Path.Combine($".site.previous-{DeadPid}", "articles", "x", "index.html"), "left over");

        Assert.Equal(0, _site.Build("--no-cache").ExitCode);

        Assert.False(Directory.Exists(Path.Combine(_site.Root, $".site.previous-{DeadPid}")));
        Assert.True(_site.OutputExists("articles/a/index.html"));
    }

    [Fact]
    public void LeavesALookalikeStagingFolderItDidNotMake()
    {
        var lookalike = Path.Combine(_site.Root, $".site.staging-{DeadPid}");
        _site.File(Path.Combine($".site.staging-{DeadPid}", "notes.txt"), "not DigestGen's");
        _site.Article("a.md", TestSite.ArticleText("خبر", "2025-01-01", "نص."));

        Assert.Equal(0, _site.Build().ExitCode);

        Assert.Equal("not DigestGen's", File.ReadAllText(Path.Combine(lookalike, "notes.txt")));
    }

    [Fact]
    public void DeletesTheStagingFolderOfAKilledBuild()
    {
        _site.File(Path.Combine($".site.staging-{DeadPid}", OutputFolder.Marker), "");
        _site.File(Path.Combine($".site.staging-{DeadPid}", "index.html"), "half");
        _site.Article("a.md", TestSite.ArticleText("خبر", "2025-01-01", "نص."));

        Assert.Equal(0, _site.Build().ExitCode);

        Assert.False(Directory.Exists(Path.Combine(_site.Root, $".site.staging-{DeadPid}")));
    }

    [Fact]
    public void FinishesTheInPlaceUpdateOfABuildKilledAfterWritingItsJournal()
    {
        _site.Article("a.md", TestSite.ArticleText("خبر أول", "2025-01-01", "نص."));
        _site.Article("b.md", TestSite.ArticleText("خبر ثان", "2025-01-02", "نص."));
        Assert.Equal(0, _site.Build().ExitCode);
        var staging = $".site.staging-{DeadPid}";
        _site.File(Path.Combine(staging, OutputFolder.Marker), "");
        _site.File(Path.Combine(staging, "articles", "a", "index.html"), "the new page");
        _site.File(Path.Combine(staging, ".digestgen-commit"), """{"Moves":["articles/a/index.html"],"Removals":["articles/b/index.html"]}""");

        OutputFolder.RecoverInterrupted(_site.Output);

        Assert.Equal("the new page", _site.ReadOutput("articles/a/index.html"));
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "articles", "b")));
        Assert.True(_site.OutputExists("index.html"));
        Assert.Empty(Directory.EnumerateDirectories(_site.Root, ".site.*"));
    }

    [Fact]
    public void DropsTheUncommittedUpdateOfABuildKilledBeforeItsJournal()
    {
        _site.Article("a.md", TestSite.ArticleText("خبر أول", "2025-01-01", "نص."));
        Assert.Equal(0, _site.Build().ExitCode);
        var before = _site.ReadOutput("articles/a/index.html");
        _site.File(Path.Combine($".site.staging-{DeadPid}", OutputFolder.Marker), "");
        _site.File(Path.Combine($".site.staging-{DeadPid}", "articles", "a", "index.html"), "never committed");

        OutputFolder.RecoverInterrupted(_site.Output);

        Assert.Equal(before, _site.ReadOutput("articles/a/index.html"));
        Assert.Empty(Directory.EnumerateDirectories(_site.Root, ".site.*"));
    }

    [Fact]
    public void RestoresThePreviousSiteOfABuildKilledBetweenItsTwoRenames()
    {
        _site.File(Path.Combine($".site.previous-{DeadPid}", OutputFolder.Marker), "");
        _site.File(Path.Combine($".site.previous-{DeadPid}", "index.html"), "the previous site");
        _site.Article("broken.md", "---\ntitle: خبر بلا تاريخ\n---\n");

        Assert.Equal(1, _site.Build().ExitCode);

        Assert.Equal("the previous site", _site.ReadOutput("index.html"));
        Assert.Empty(Directory.EnumerateDirectories(_site.Root, ".site.*"));
    }

    [Fact]
    public void RefusesAnOutputFolderHoldingTheContent()
    {
        _site.Article("a.md", TestSite.ArticleText("خبر", "2025-01-01", "نص."));

        var run = _site.Run("build", "--content", _site.Content, "--templates", _site.Templates, "--output", _site.Root);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("overlaps", run.Stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_site.Content, "articles", "a.md")));
    }
}
