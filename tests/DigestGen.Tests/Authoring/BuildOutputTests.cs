using DigestGen.Tests.Support;

namespace DigestGen.Tests.Authoring;

public sealed class BuildOutputTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void SummarisesABuildInOneLineWithWarnings()
    {
        _site.Config("title: موجز\nunknown_setting: 1\n")
            .Article("a.md", TestSite.ArticleText("خبر", "2025-01-01", "نص."));

        var run = _site.Build();

        Assert.True(run.ExitCode == 0, run.ToString());
        var line = Assert.Single(run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"^Built \d+ pages \(1 articles, \d+ entities, 1 warning\(s\)\) into .+/ in \d+\.\d\d s\.$", line);
    }

    [Fact]
    public void QuietPrintsNothingButErrors()
    {
        _site.Config("unknown_setting: 1\n").Article("a.md", TestSite.ArticleText("خبر", "2025-01-01", "نص."));

        var run = _site.Build("--quiet");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void VerbosePrintsTheTimeAndProcessorTimeOfEachStage()
    {
        _site.Article("a.md", TestSite.ArticleText("خبر", "2025-01-01", "نص."));

        var run = _site.Build("--verbose");

        Assert.Matches(@"read content\s+\d+ ms cpu\s+\d+ ms \(kernel\s+\d+ ms\)", run.Stdout);
        Assert.Matches(@"write site\s+\d+ ms cpu\s+\d+ ms \(kernel\s+\d+ ms\)", run.Stdout);
        // The whole run's processor time, with the kernel's part, after the stages.
        Assert.Matches(@"\n  processor\s+\d+ ms cpu, \d+ ms of it in the kernel\n", run.Stdout);
        // Jobs run side by side are each listed under the stage that ran them.
        Assert.Matches(@"\n      api/entities\.json\s+\d+ ms\n", run.Stdout);
        Assert.Matches(@"\n      search index\s+\d+ ms\n", run.Stdout);
        // Render time by kind of page, listed under render pages: the one article's page and the home page.
        Assert.Matches(@"\n      article \(1, time on threads\)\s+\d+ ms\n", run.Stdout);
        Assert.Matches(@"\n      home \(1, time on threads\)\s+\d+ ms\n", run.Stdout);
        // The test process has compiled its own code already, so the count is never zero.
        Assert.Matches(@"compiled code\s+[1-9]\d* methods in \d+ ms", run.Stdout);
    }

    [Fact]
    public void WritesNoColourCodesWhenOutputIsNotATerminal()
    {
        _site.Article("a.md", "---\ntitle: خبر\n---\nنص.\n");

        var run = _site.Build();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: missing required key 'date'", run.Stderr);
        Assert.DoesNotContain("\u001b[", run.Stderr + run.Stdout);
    }

    [Fact]
    public void ABuiltSiteCarriesNoLiveReloadScript()
    {
        _site.Article("a.md", TestSite.ArticleText("خبر", "2025-01-01", "نص."));

        _site.Build();

        Assert.DoesNotContain("__digestgen", _site.ReadOutput("articles/a/index.html"));
    }
}
