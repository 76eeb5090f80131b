using DigestGen.Tests.Support;

namespace DigestGen.Tests.Robustness;

/// <summary>Invalid cases too big or too machine-specific to commit: generated in the test.</summary>
public sealed class GeneratedInvalidTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void RejectsAFiftyMegabyteArticle()
    {
        var path = Path.Combine(_site.Content, "articles", "huge.md");
        using (var file = File.Create(path))
        {
            var line = System.Text.Encoding.UTF8.GetBytes(new string('ن', 511) + "\n");
            var header = System.Text.Encoding.UTF8.GetBytes("---\ntitle: خبر ضخم\ndate: 2025-01-01\n---\n");
            file.Write(header);
            for (var written = 0L; written < 50L * 1024 * 1024; written += line.Length)
            {
                file.Write(line);
            }
        }

        var run = _site.Build();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("huge.md(1,1): error: file is 50 MB, larger than the 10 MB limit (split it into smaller articles)", Normalise(run));
    }

    [Fact]
    public void RejectsASymlinkPointingOutsideContent()
    {
        var outside = Path.Combine(_site.Root, "secret.md");
        File.WriteAllText(outside, TestSite.ArticleText("سر", "2025-01-01", "كلمة السر."));
        File.CreateSymbolicLink(Path.Combine(_site.Content, "articles", "leak.md"), outside);

        var run = _site.Build();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("leak.md(1,1): error: this file is a link to a place outside the content folder (copy the file into the content folder instead of linking to it)", Normalise(run));
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void RejectsAFolderSymlinkPointingOutsideContentAndSkipsALoop()
    {
        _site.File(Path.Combine("elsewhere", "secret.md"), TestSite.ArticleText("سر", "2025-01-01", "كلمة السر."));
        _site.Article("a.md", TestSite.ArticleText("خبر", "2025-01-01", "نص."));
        Directory.CreateSymbolicLink(Path.Combine(_site.Content, "articles", "outside"), Path.Combine(_site.Root, "elsewhere"));
        Directory.CreateSymbolicLink(Path.Combine(_site.Content, "articles", "loop"), "..");

        var run = _site.Build();

        Assert.Equal(1, run.ExitCode);
        var errors = Normalise(run).Split('\n').Where(l => l.Contains(": error: ", StringComparison.Ordinal)).ToList();
        Assert.Single(errors);
        Assert.Contains("articles/outside(1,1): error: this folder is a link to a place outside the content folder", errors[0]);
    }

    [Fact]
    public void FollowsASymlinkThatStaysInsideContent()
    {
        var inside = Path.Combine(_site.Content, "drafts", "real.md");
        _site.File(Path.Combine("content", "drafts", "real.md"), TestSite.ArticleText("خبر", "2025-01-01", "نص."));
        File.CreateSymbolicLink(Path.Combine(_site.Content, "articles", "linked.md"), inside);

        var run = _site.Build();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(_site.OutputExists("articles/linked/index.html"));
    }

    [Fact]
    public void RejectsFrontMatterNestedAHundredThousandLevelsWithoutCrashing()
    {
        _site.Article("deep.md", "---\ntitle: خبر\ndate: 2025-01-01\ntags: " + new string('[', 100_000) + new string(']', 100_000) + "\n---\nنص.\n");

        var run = _site.Build();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("deep.md(4,70): error: front matter is nested more than 64 levels deep", Normalise(run));
    }

    [Fact]
    public void RejectsADigestConfigNestedAHundredThousandLevelsWithoutCrashing()
    {
        _site.Config("title: " + new string('[', 100_000) + new string(']', 100_000) + "\n");
        _site.Article("a.md", TestSite.ArticleText("خبر", "2025-01-01", "نص."));

        var run = _site.Build();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("digest.yml(1,", Normalise(run));
        Assert.Contains("nested more than 64 levels deep", run.Stderr);
    }

    [Fact]
    public void RejectsAGazetteerNestedAHundredThousandLevelsWithoutCrashing()
    {
        _site.Entities("deep.yml", "- id: x\n  name: " + new string('[', 100_000) + new string(']', 100_000) + "\n");
        _site.Article("a.md", TestSite.ArticleText("خبر", "2025-01-01", "نص."));

        var run = _site.Build();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("deep.yml(2,", Normalise(run));
        Assert.Contains("gazetteer is nested more than 64 levels deep", run.Stderr);
    }

    [Theory]
    [InlineData(">")]
    [InlineData("[")]
    [InlineData("- ")]
    [InlineData("*")]
    public void RejectsARunawayNestedBodyWithoutCrashing(string unit)
    {
        var body = string.Concat(Enumerable.Repeat(unit, 100_000)) + "نص";
        _site.Article("nested.md", "---\ntitle: خبر\ndate: 2025-01-01\n---\n" + body + "\n");

        var run = _site.Build();

        Assert.True(run.ExitCode is 0 or 1, run.ToString());
        Assert.DoesNotContain("Unhandled", run.Stderr, StringComparison.Ordinal);
        if (run.ExitCode == 1)
        {
            Assert.Contains("nested.md(5,1): error: the body is nested too deeply", Normalise(run));
        }
    }

    private string Normalise(CliRun run) => run.Stderr.Replace('\\', '/');
}
