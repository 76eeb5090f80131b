using DigestGen.Content;
using DigestGen.Diagnostics;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Authoring;

public sealed class NewArticleTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private CliRun New(params string[] args) => _site.Run(["new", .. args, "--content", _site.Content]);

    private (Article Article, IReadOnlyList<Diagnostic> Diagnostics) LoadBack(string printedPath)
    {
        var diagnostics = new DiagnosticBag();
        var config = ConfigLoader.Load(_site.Content, diagnostics);
        var article = new ContentLoader(config).LoadArticle(Path.GetFullPath(printedPath.Trim()), Path.Combine(_site.Content, "articles"), diagnostics);
        return (article!, diagnostics.Sorted());
    }

    [Fact]
    public void WritesAnArticleThatLoadsBackWithoutDiagnostics()
    {
        _site.Config("timezone: Asia/Beirut\n");
        const string title = "علي بابا تطلق \"Qwen3\": نموذج #جديد - 'مفتوح'";

        var run = New(title, "--date", "2025-04-29T10:30", "--tags", "ذكاء اصطناعي،الصين, Qwen");

        Assert.True(run.ExitCode == 0, run.ToString());
        var (article, diagnostics) = LoadBack(run.Stdout);
        Assert.Empty(diagnostics);
        Assert.Equal(title, article.Meta.Title);
        Assert.Equal(new DateTimeOffset(2025, 4, 29, 10, 30, 0, TimeSpan.FromHours(3)), article.Meta.Date);
        Assert.Equal(["ذكاء اصطناعي", "الصين", "Qwen"], article.Meta.Tags);
        Assert.True(article.Meta.Draft);
        Assert.Null(article.Meta.Summary);
        Assert.Null(article.Meta.Source);
    }

    [Fact]
    public void PutsTheFileUnderTheYearAndMonthOfItsDate()
    {
        var run = New("Gemini 2.5", "--date", "2025-03-25");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Path.Combine(_site.Content, "articles", "2025", "03", "gemini-2-5.md"), Path.GetFullPath(run.Stdout.Trim()));
    }

    [Fact]
    public void DatesANewArticleNowInTheDigestTimeZoneWithItsOffset()
    {
        _site.Config("timezone: Asia/Tokyo\n");

        var run = New("خبر عاجل");

        var text = File.ReadAllText(run.Stdout.Trim());
        Assert.Matches(@"\ndate: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+09:00\n", text);
        var (article, _) = LoadBack(run.Stdout);
        Assert.InRange(article.Meta.Date, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
    }

    [Fact]
    public void RefusesToOverwriteAnExistingArticle()
    {
        var first = New("تحديث كوارك", "--date", "2025-03-10");
        File.AppendAllText(first.Stdout.Trim(), "نص كتبه المحرر.\n");
        var before = File.ReadAllText(first.Stdout.Trim());

        var second = New("تحديث كوارك", "--date", "2025-03-10");

        Assert.Equal(1, second.ExitCode);
        Assert.Contains("already exists", second.Stderr);
        Assert.Contains("--slug", second.Stderr);
        Assert.Equal(before, File.ReadAllText(first.Stdout.Trim()));
    }

    [Fact]
    public void GivesAnArabicTitleAReadableArabicSlug()
    {
        var run = New("الرئيسُ التنفيذي إيدي وو: \"علي بابا\" ستنفق 380 مليار يوان", "--date", "2025-02-24");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("الرئيس-التنفيذي-إيدي-وو-علي-بابا-ستنفق-380-مليار-يوان.md", Path.GetFileName(run.Stdout.Trim()));
        Assert.Equal("الرئيس-التنفيذي-إيدي-وو-علي-بابا-ستنفق-380-مليار-يوان", LoadBack(run.Stdout).Article.Slug);
    }

    [Fact]
    public void TransliteratesTheSlugWhenTheDigestAsks()
    {
        _site.Config("slugs: transliterate\n");

        var run = New("علي بابا تطلق كوين", "--date", "2025-04-29");

        var name = Path.GetFileNameWithoutExtension(run.Stdout.Trim());
        Assert.Matches("^[a-z0-9-]+$", name);
        Assert.Equal(name, LoadBack(run.Stdout).Article.Slug);
    }

    [Fact]
    public void KeepsAGivenSlugEvenWhenTheFileNameAloneWouldChangeIt()
    {
        var run = New("Qwen3", "--slug", "Qwen3-Launch", "--date", "2025-04-29");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Qwen3-Launch", LoadBack(run.Stdout).Article.Slug);
    }

    [Fact]
    public void FollowsDraftsByDefaultAndTheDraftOption()
    {
        _site.Config("drafts_by_default: false\n");

        var published = New("منشور", "--date", "2025-01-01");
        var draft = New("مسودة", "--date", "2025-01-01", "--draft", "true");

        Assert.False(LoadBack(published.Stdout).Article.Meta.Draft);
        Assert.True(LoadBack(draft.Stdout).Article.Meta.Draft);
        Assert.Equal("", published.Stderr);
        Assert.Contains("serve --drafts", draft.Stderr);
    }

    [Theory]
    [InlineData("--date", "tomorrow")]
    [InlineData("--slug", "../escape")]
    public void RejectsABadDateOrSlugWithoutWritingAnything(string option, string value)
    {
        var run = New("عنوان", option, value);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(option == "--date" ? "not a date" : "cannot be used as a slug", run.Stderr);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_site.Content, "articles"), "*", SearchOption.AllDirectories));
    }
}
