using Microsoft.Playwright;

namespace DigestGen.BrowserTests;

/// <summary>A printed article is the story on white paper: no navigation, toggle or search, even from the dark theme.</summary>
[Collection("site")]
public sealed class PrintTests(SiteFixture site)
{
    [Fact]
    public async Task PrintsTheStoryWithoutChromeInBlackOnWhite()
    {
        var observed = await site.OpenAsync("articles/qwen3-release/", colorScheme: "dark");

        await observed.Page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.Equal("rgb(255, 255, 255)", await observed.Page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
        Assert.Equal("rgb(0, 0, 0)", await observed.Page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.article__body p')).color"));
        await Assertions.Expect(observed.Page.Locator(".site-nav")).ToBeHiddenAsync();
        await Assertions.Expect(observed.Page.Locator(".theme-toggle")).ToBeHiddenAsync();
        await Assertions.Expect(observed.Page.Locator(".article__body")).ToBeVisibleAsync();
        await observed.CloseAsync();
    }
}
