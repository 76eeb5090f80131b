using DigestGen.Tests.Support;

namespace DigestGen.Tests.Publishing;

public sealed class CheckFailureTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private CliRun BuildTwoArticles()
    {
        var run = _site
            .Config("title: موجز الاختبار\nbase_url: https://example.github.io/digest/\n")
            .Entities("orgs.yml", "- id: alibaba\n  name: علي بابا\n  type: organization\n")
            .Article("qwen3.md", TestSite.ArticleText("علي بابا تطلق Qwen3", "2025-04-29", "أعلنت \"علي بابا\" عن Qwen3.", "tags: [ذكاء اصطناعي]\n"))
            .Article("quark.md", TestSite.ArticleText("تحديث كوارك", "2025-03-10", "طرحت علي بابا نسخة من كوارك."))
            .Build();
        Assert.True(run.ExitCode == 0, run.ToString());
        return run;
    }

    private CliRun Check() => _site.Run("check", "--content", _site.Content, "--templates", _site.Templates, "--output", _site.Output);

    /// <summary>Edits a built page in place, as a hand edit or a stale file would.</summary>
    private void Inject(string page, string html)
    {
        var path = Path.Combine(_site.Output, page);
        File.WriteAllText(path, File.ReadAllText(path).Replace("</main>", html + "\n</main>", StringComparison.Ordinal));
    }

    [Fact]
    public void AFreshBuildPassesCheck()
    {
        BuildTwoArticles();

        var check = Check();

        Assert.True(check.ExitCode == 0, check.ToString());
    }

    [Fact]
    public void ReportsABrokenLinkAndABrokenAnchorAsANumberedListNamingThePage()
    {
        BuildTwoArticles();
        Inject("articles/qwen3/index.html", "<p><a href=\"/digest/articles/missing/\">x</a> <a href=\"../quark/#nowhere\">y</a></p>");

        var check = Check();

        Assert.Equal(1, check.ExitCode);
        var lines = check.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var first = Assert.Single(lines, l => l.StartsWith("1. ", StringComparison.Ordinal));
        var second = Assert.Single(lines, l => l.StartsWith("2. ", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("3. ", StringComparison.Ordinal));
        Assert.Contains("site/articles/qwen3/index.html(", first);
        Assert.Contains("\"/digest/articles/missing/\" does not resolve: the site has no articles/missing/index.html", first);
        Assert.Contains("site/articles/qwen3/index.html(", second);
        Assert.Contains("\"../quark/#nowhere\" points at #nowhere, but articles/quark/index.html has no element with that id", second);
    }

    [Fact]
    public void ResolvesPercentEncodedAndRawArabicPaths()
    {
        BuildTwoArticles();
        Inject("index.html", "<p><a href=\"/digest/tags/%D8%B0%D9%83%D8%A7%D8%A1-%D8%A7%D8%B5%D8%B7%D9%86%D8%A7%D8%B9%D9%8A/feed.xml\">a</a>"
            + " <a href=\"tags/ذكاء-اصطناعي/feed.xml\">b</a> <a href=\"#main\">c</a> <a href=\"https://elsewhere.example/x\">d</a></p>");

        var check = Check();

        Assert.True(check.ExitCode == 0, check.ToString());
    }

    [Fact]
    public void ReportsAMissingArabicPathDecoded()
    {
        BuildTwoArticles();
        Inject("index.html", "<p><a href=\"/digest/tags/%D8%A7%D9%84%D8%B5%D9%8A%D9%86/\">a</a></p>");

        var check = Check();

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("the site has no tags/الصين/index.html", check.Stderr);
    }

    [Fact]
    public void ReportsLinksThatIgnoreTheBasePath()
    {
        BuildTwoArticles();
        Inject("index.html", "<p><img src=\"/assets/logo.png\" alt=\"\"></p>");

        var check = Check();

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("1. ", check.Stderr);
        Assert.Contains("site/index.html(", check.Stderr);
        Assert.Contains("image \"/assets/logo.png\" points outside the base path /digest/", check.Stderr);
    }

    [Fact]
    public void ReportsContentErrorsWithoutTouchingTheSite()
    {
        BuildTwoArticles();
        var before = File.GetLastWriteTimeUtc(Path.Combine(_site.Output, "index.html"));
        _site.Article("broken.md", "---\ntitle: بلا تاريخ\n---\nنص.\n");

        var check = Check();

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("broken.md", check.Stderr);
        Assert.Contains("1. ", check.Stderr);
        Assert.False(_site.OutputExists("articles/broken/index.html"));
        Assert.Equal(before, File.GetLastWriteTimeUtc(Path.Combine(_site.Output, "index.html")));
    }

    [Fact]
    public void ReportsAMissingFontInAStylesheet()
    {
        BuildTwoArticles();
        File.AppendAllText(Path.Combine(_site.Output, "assets", "css", "site.css"),
            "\n/* url(commented-out.woff2) */\n@font-face { font-family: x; src: url(\"../fonts/missing.woff2\") format(\"woff2\"); }\n");

        var check = Check();

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("site/assets/css/site.css(", check.Stderr);
        Assert.Contains("\"../fonts/missing.woff2\" does not resolve: the site has no assets/fonts/missing.woff2", check.Stderr);
        Assert.DoesNotContain("commented-out", check.Stderr);
    }

    [Fact]
    public void SaysToBuildFirstWhenThereIsNoSite()
    {
        _site.Config("title: موجز\n");

        var check = Check();

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("run `build` first", check.Stderr);
    }
}
