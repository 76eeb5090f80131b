using System.Text.Json;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Build;

/// <summary>
/// SPEC: api/articles.json offsets index the plain text <c>extract --json</c> prints. Both must
/// render Markdown the same way, settings included (curly quotes change the text).
/// </summary>
public sealed class ExtractMatchesBuildTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void ExtractReadsTheSettingsAndItsTextCarriesTheBuildsOffsets()
    {
        _site.Config("title: موجز\nbase_url: https://example.github.io/digest/\nquotes: curly\n")
            .Article("qwen3.md", TestSite.ArticleText("علي بابا تطلق Qwen3", "2025-04-29",
                "أعلنت \"علي بابا\" عن Qwen3 منافساً لـ\"ديبسيك\"، وقال الرئيس التنفيذي إيدي وو إن النموذج مفتوح."));
        Assert.Equal(0, _site.Build().ExitCode);

        var run = _site.Run("extract", Path.Combine(_site.Content, "articles", "qwen3.md"), "--json", "--content", _site.Content);

        Assert.True(run.ExitCode == 0, run.ToString());
        var text = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("articles")[0].GetProperty("text").GetString()!;
        Assert.Contains("«علي بابا»", text);
        var api = JsonDocument.Parse(_site.ReadOutput("api/articles.json")).RootElement.GetProperty("articles")[0];
        var mentions = api.GetProperty("entities").EnumerateArray().SelectMany(e => e.GetProperty("mentions").EnumerateArray()).ToList();
        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Equal(
            m.GetProperty("text").GetString(),
            text.Substring(m.GetProperty("start").GetInt32(), m.GetProperty("length").GetInt32())));
    }
}
