using DigestGen.Tests.Support;

namespace DigestGen.Tests.Build;

public sealed class FailedBuildTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void LeavesThePreviousSiteByteForByte()
    {
        _site.Article("a.md", TestSite.ArticleText("خبر", "2025-01-01", "نص."));
        Assert.Equal(0, _site.Build().ExitCode);
        var before = Snapshot();

        _site.Article("b.md", "---\ntitle: خبر بلا تاريخ\n---\nنص.\n");
        var run = _site.Build();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("b.md(1,1): error: missing required key 'date'", run.Stderr.Replace('\\', '/'));
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void AMistypedContentFolderIsAnErrorAndTheSiteBuiltBeforeStands()
    {
        _site.Article("a.md", TestSite.ArticleText("خبر", "2025-01-01", "نص."));
        Assert.Equal(0, _site.Build().ExitCode);
        var before = Snapshot();
        var everything = _site.EveryFile();
        var mistyped = Path.Combine(_site.Root, "contnet");

        var build = _site.Run("build", "--content", mistyped, "--templates", _site.Templates, "--output", _site.Output);
        var check = _site.Run("check", "--content", mistyped, "--templates", _site.Templates, "--output", _site.Output);

        Assert.Equal(1, build.ExitCode);
        Assert.Contains("contnet: error: content folder not found (pass --content FOLDER", build.Stderr);
        Assert.Contains("nothing was written", build.Stderr);
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("contnet: error: content folder not found", check.Stdout + check.Stderr);
        Assert.Equal(before, Snapshot());
        // Nothing written anywhere else either: not beside the mistyped path (where a build keeps its
        // cache, beside the content), not in the real cache.
        Assert.False(Directory.Exists(mistyped));
        Assert.Equal(everything, _site.EveryFile());
    }

    [Fact]
    public void ExtractRefusesAContentFolderNamedButNotThereAndWorksWithoutOne()
    {
        var article = Path.Combine(_site.Root, "خبر.md");
        File.WriteAllText(article, TestSite.ArticleText("خبر", "2025-01-01", "قال مدير \"علي بابا\" في بكين إن الشركة ستنافس."));

        var named = _site.Run("extract", article, "--content", Path.Combine(_site.Root, "contnet"));
        var none = _site.Run("extract", article, "--json");

        Assert.Equal(1, named.ExitCode);
        Assert.Contains("contnet: error: content folder not found", named.Stderr);
        Assert.Equal("", named.Stdout);
        Assert.Equal(0, none.ExitCode);
        Assert.Contains("\"name\": \"بكين\"", none.Stdout);
    }

    [Fact]
    public void AContentFolderWithNoArticlesYetBuildsAnEmptyDigest()
    {
        Directory.Delete(Path.Combine(_site.Content, "articles"));

        var run = _site.Build();

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("(0 articles", run.Stdout);
        Assert.True(_site.OutputExists("index.html"));
    }

    [Fact]
    public void RefusesToReplaceAFolderItDidNotMake()
    {
        Directory.CreateDirectory(_site.Output);
        File.WriteAllText(Path.Combine(_site.Output, "precious.txt"), "keep me");
        _site.Article("a.md", TestSite.ArticleText("خبر", "2025-01-01", "نص."));

        var run = _site.Build();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not made by DigestGen", run.Stderr);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(_site.Output, "precious.txt")));
    }

    [Fact]
    public void RefusesTheContentFolderAsOutput()
    {
        _site.Article("a.md", TestSite.ArticleText("خبر", "2025-01-01", "نص."));

        var run = _site.Run("build", "--content", _site.Content, "--templates", _site.Templates, "--output", _site.Content);

        Assert.Equal(2, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(_site.Content, "articles", "a.md")));
    }

    [Fact]
    public void UnknownOptionIsAUsageError()
    {
        var run = _site.Run("build", "--no-such-option");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--no-such-option", run.Stderr);
    }

    [Fact]
    public void AnOutputPathThatCannotBeWrittenIsAnErrorNotACrash()
    {
        _site.Article("a.md", TestSite.ArticleText("خبر", "2025-01-01", "نص."));
        var file = Path.Combine(_site.Root, "not-a-folder");
        File.WriteAllText(file, "");

        var run = _site.Run("build", "--content", _site.Content, "--templates", _site.Templates, "--output", Path.Combine(file, "site"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: the build stopped:", run.Stderr);
        Assert.Contains("nothing was replaced", run.Stderr);
        Assert.DoesNotContain("Unhandled", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.Equal("", File.ReadAllText(file));
    }

    [Fact]
    public void ASlugTooLongForAFolderNameIsAnErrorOnItsLine()
    {
        // 150 Arabic letters are 300 bytes of UTF-8: more than a folder's name may hold.
        _site.Article("a.md", "---\ntitle: خبر\ndate: 2025-01-01\nslug: " + new string('خ', 150) + "\n---\nنص.\n");

        var run = _site.Build();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("a.md(4,7): error: slug '", run.Stderr.Replace('\\', '/'));
        Assert.Contains("about 120 Arabic ones", run.Stderr);
        Assert.DoesNotContain("Unhandled", run.Stderr);
    }

    private Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(_site.Output, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
