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
