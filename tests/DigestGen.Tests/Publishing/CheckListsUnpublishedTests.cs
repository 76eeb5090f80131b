using DigestGen.Tests.Support;

namespace DigestGen.Tests.Publishing;

public sealed class CheckListsUnpublishedTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void ListsDraftsAndScheduledArticlesWithoutFailing()
    {
        _site.Article("live.md", TestSite.ArticleText("خبر منشور", "2025-01-01", "نص."))
             .Article("draft.md", TestSite.ArticleText("مسودة", "2025-01-02", "نص.", "draft: true\n"))
             .Article("later.md", TestSite.ArticleText("خبر مجدول", "2999-01-01", "نص."));
        Assert.Equal(0, _site.Build().ExitCode);

        var run = _site.Run("check", "--content", _site.Content, "--templates", _site.Templates, "--output", _site.Output);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("draft.md: draft", run.Stdout);
        Assert.Contains("later.md: scheduled for 2999-01-01", run.Stdout);
        Assert.DoesNotContain("live.md", run.Stdout);
    }

    [Fact]
    public void ReportsTheSameLinkingWarningsAsBuild()
    {
        _site.Article("a.md", TestSite.ArticleText("خبر أول", "2025-01-01", "نص.", "tags: [الصين]\n"))
             .Article("b.md", TestSite.ArticleText("خبر ثان", "2025-01-02", "نص.", "tags: ['الصين!']\n"));
        var build = _site.Build();
        Assert.Equal(0, build.ExitCode);
        var warning = build.Stderr.Split('\n').Single(l => l.Contains(": warning: ", StringComparison.Ordinal) && l.Contains("tag", StringComparison.Ordinal));

        var run = _site.Run("check", "--content", _site.Content, "--templates", _site.Templates, "--output", _site.Output);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(warning.Trim(), run.Stderr);
    }
}
