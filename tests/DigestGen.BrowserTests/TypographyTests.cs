namespace DigestGen.BrowserTests;

/// <summary>Arabic set in the fonts served with the site: Naskh for text, Sans for headings, with their Latin.</summary>
[Collection("site")]
public sealed class TypographyTests(SiteFixture site)
{
    [Fact]
    public async Task SetsTextInNaskhAndHeadingsInSansFromTheSiteItself()
    {
        var observed = await site.OpenAsync("articles/qwen3-release/");
        await observed.Page.EvaluateAsync("document.fonts.ready");

        var loaded = await observed.Page.EvaluateAsync<string[]>(
            "() => [...document.fonts].filter(f => f.status === 'loaded').map(f => `${f.family.replaceAll('\"', '')} ${f.weight}`)");
        Assert.Contains("Noto Naskh Arabic 400", loaded);
        Assert.Contains("IBM Plex Sans Arabic 600", loaded);
        Assert.StartsWith("\"Noto Naskh Arabic\"", await observed.Page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.article__body p')).fontFamily"));
        Assert.StartsWith("\"IBM Plex Sans Arabic\"", await observed.Page.EvaluateAsync<string>("getComputedStyle(document.querySelector('h1')).fontFamily"));
        var fontRequests = await observed.Page.EvaluateAsync<string[]>(
            "() => performance.getEntriesByType('resource').filter(r => r.name.endsWith('.woff2')).map(r => new URL(r.name).pathname)");
        Assert.NotEmpty(fontRequests);
        Assert.All(fontRequests, path => Assert.StartsWith("/digest/assets/fonts/", path));
        await observed.CloseAsync();
    }

    [Fact]
    public async Task GivesArabicTextRoomToBreathe()
    {
        var observed = await site.OpenAsync("articles/qwen3-release/", width: 360, height: 780);

        var metrics = await observed.Page.EvaluateAsync<double[]>(
            "() => { const s = getComputedStyle(document.querySelector('.article__body p')); return [parseFloat(s.fontSize), parseFloat(s.lineHeight)]; }");

        Assert.InRange(metrics[0], 18, 24);
        Assert.InRange(metrics[1] / metrics[0], 1.7, 2.1);
        await observed.CloseAsync();
    }

    [Fact]
    public async Task StatesReadingTimeInArabicWords()
    {
        var observed = await site.OpenAsync("articles/qwen3-release/");

        var text = await observed.Page.Locator(".reading-time").InnerTextAsync();

        Assert.Matches("^وقت القراءة: (دقيقة واحدة|دقيقتان|[0-9٠-٩]+ (دقائق|دقيقة))$", text);
        await observed.CloseAsync();
    }
}
