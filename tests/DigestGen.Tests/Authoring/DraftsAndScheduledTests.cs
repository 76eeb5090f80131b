using DigestGen.Authoring;
using DigestGen.Content;
using DigestGen.Diagnostics;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Authoring;

public sealed class DraftsAndScheduledTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private TestSite ThreeArticles() => _site
        .Article("published.md", TestSite.ArticleText("منشور", "2025-01-01", "نص."))
        .Article("draft.md", TestSite.ArticleText("مسودة", "2025-01-02", "نص.", "draft: true\n"))
        .Article("scheduled.md", TestSite.ArticleText("مجدول", "2999-01-01", "نص."));

    [Fact]
    public void LeavesOutDraftsAndScheduledArticlesByDefault()
    {
        var run = ThreeArticles().Build();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(_site.OutputExists("articles/published/index.html"));
        Assert.False(_site.OutputExists("articles/draft/index.html"));
        Assert.False(_site.OutputExists("articles/scheduled/index.html"));
    }

    [Fact]
    public void IncludesDraftsWithDraftsAndScheduledWithFuture()
    {
        ThreeArticles().Build("--drafts");
        Assert.True(_site.OutputExists("articles/draft/index.html"));
        Assert.False(_site.OutputExists("articles/scheduled/index.html"));

        _site.Build("--future");
        Assert.False(_site.OutputExists("articles/draft/index.html"));
        Assert.True(_site.OutputExists("articles/scheduled/index.html"));
    }

    [Fact]
    public void ListsWhatABuildLeavesOutForCheck()
    {
        ThreeArticles();
        var articles = new ContentLoader(new DigestConfig()).LoadArticles(_site.Content, new DiagnosticBag());

        var unpublished = Unpublished.Find(articles, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(["draft", "scheduled"], unpublished.Select(u => u.Article.Slug));
        Assert.Equal([UnpublishedReason.Draft, UnpublishedReason.Scheduled], unpublished.Select(u => u.Reason));
        Assert.EndsWith("scheduled.md: scheduled for 2999-01-01T00:00:00+00:00", unpublished[1].ToString());
    }
}
