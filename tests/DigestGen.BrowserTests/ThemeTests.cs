namespace DigestGen.BrowserTests;

/// <summary>Light and dark: the system preference by default, a toggle that remembers the reader's choice.</summary>
[Collection("site")]
public sealed class ThemeTests(SiteFixture site)
{
    private const string Background = "getComputedStyle(document.body).backgroundColor";

    [Fact]
    public async Task FollowsTheSystemColourScheme()
    {
        var light = await site.OpenAsync("");
        var dark = await site.OpenAsync("", colorScheme: "dark");

        Assert.Equal("rgb(250, 247, 242)", await light.Page.EvaluateAsync<string>(Background));
        Assert.Equal("rgb(18, 20, 23)", await dark.Page.EvaluateAsync<string>(Background));
        Assert.Equal("true", await dark.Page.GetAttributeAsync(".theme-toggle", "aria-pressed"));
        await light.CloseAsync();
        await dark.CloseAsync();
    }

    [Fact]
    public async Task ToggleSwitchesToDarkAndTheChoiceSurvivesANewPage()
    {
        var observed = await site.OpenAsync("");
        var toggle = observed.Page.Locator(".theme-toggle");
        Assert.Equal("false", await toggle.GetAttributeAsync("aria-pressed"));

        await toggle.ClickAsync();

        Assert.Equal("true", await toggle.GetAttributeAsync("aria-pressed"));
        Assert.Equal("rgb(18, 20, 23)", await observed.Page.EvaluateAsync<string>(Background));
        await observed.Page.GotoAsync(site.Server.BaseUrl + "articles/qwen3-release/");
        Assert.Equal("dark", await observed.Page.EvaluateAsync<string>("document.documentElement.dataset.theme"));
        Assert.Equal("rgb(18, 20, 23)", await observed.Page.EvaluateAsync<string>(Background));
        Assert.Empty(observed.ConsoleErrors);
        await observed.CloseAsync();
    }

    [Fact]
    public async Task ChosenThemeIsAppliedBeforeTheFirstPaint()
    {
        var observed = await site.OpenAsync("");
        await observed.Page.EvaluateAsync("localStorage.setItem('digestgen-theme', 'dark')");
        // The deferred scripts are held back: only the inline script in <head> may set the theme.
        await observed.Page.RouteAsync("**/assets/js/**", route => route.AbortAsync());

        await observed.Page.ReloadAsync();

        Assert.Equal("dark", await observed.Page.EvaluateAsync<string>("document.documentElement.dataset.theme"));
        Assert.Equal("rgb(18, 20, 23)", await observed.Page.EvaluateAsync<string>(Background));
        await observed.CloseAsync();
    }
}
