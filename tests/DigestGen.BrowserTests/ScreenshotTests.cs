namespace DigestGen.BrowserTests;

/// <summary>
/// Full-page screenshots at phone and desktop width, light and dark, saved under
/// tests/artifacts/screenshots/ (git-ignored) for a person to look at.
/// </summary>
[Collection("site")]
public sealed class ScreenshotTests(SiteFixture site)
{
    public static TheoryData<string, int, string> Shots
    {
        get
        {
            var data = new TheoryData<string, int, string>();
            var kinds = SitePages.KindNames.Where(k => k is "home" or "article" or "entity" or "search");
            foreach (var kind in kinds)
            {
                foreach (var width in new[] { 360, 1280 })
                {
                    data.Add(kind, width, "light");
                }
                data.Add(kind, 360, "dark");
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Shots))]
    public async Task SavesAFullPageScreenshot(string kind, int width, string scheme)
    {
        var path = SitePages.PathOf(kind, site.OutputDirectory);
        // The search page is shown answering a query, the way a reader sees it.
        var observed = await site.OpenAsync(kind == "search" ? path + "?q=" + Uri.EscapeDataString("ديبسيك") : path,
            width: width, height: width < 600 ? 780 : 900, colorScheme: scheme);
        if (kind == "search")
        {
            await observed.Page.Locator(".search-results li").First.WaitForAsync();
        }
        await observed.Page.EvaluateAsync("document.fonts.ready");
        var name = $"{kind}-{width}-{scheme}";

        await observed.ScreenshotAsync(name);

        Assert.True(new FileInfo(Path.Combine(SiteFixture.Artifacts, name + ".png")).Length > 10_000);
        await observed.CloseAsync();
    }
}
