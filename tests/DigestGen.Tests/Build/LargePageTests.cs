using DigestGen.Tests.Support;

namespace DigestGen.Tests.Build;

/// <summary>
/// Scriban caps a context's output at a million characters between two of its own renders and cuts the
/// rest without an error; pages are rendered into DigestGen's buffers on contexts that live for the
/// whole build, so a long page (a transcript, a full report) must come out whole all the same.
/// </summary>
public sealed class LargePageTests : IDisposable
{
    private const int Paragraphs = 9_000;
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void WritesAnArticleLongerThanAMillionCharactersWhole()
    {
        var body = string.Join("\n\n", Enumerable.Range(1, Paragraphs).Select(i =>
            $"الفقرة رقم {i} من محضر الجلسة الطويلة، وفيها قال المتحدث إن \"المجلس\" سيعود إلى الملف في تشرين الثاني المقبل."));
        var run = _site.Article("transcript.md", TestSite.ArticleText("محضر الجلسة كاملاً", "2025-11-03", body)).Build();

        Assert.Equal(0, run.ExitCode);
        var html = _site.ReadOutput("articles/transcript/index.html");
        Assert.True(html.Length > 1_048_576, $"the page has {html.Length} characters");
        var paragraphs = Html.Parse(html).QuerySelectorAll(".article__body p");
        Assert.Equal(Paragraphs, paragraphs.Length);
        Assert.StartsWith($"الفقرة رقم {Paragraphs} ", paragraphs[^1].TextContent);
        Assert.EndsWith("</html>", html.TrimEnd());
    }
}
