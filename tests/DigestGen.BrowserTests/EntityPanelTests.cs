using Microsoft.Playwright;

namespace DigestGen.BrowserTests;

/// <summary>The article's entity panel: beside the story on a desktop, collapsed behind its title on a phone.</summary>
[Collection("site")]
public sealed class EntityPanelTests(SiteFixture site)
{
    private const string Article = "articles/qwen3-release/";

    [ThemeFact("pages/article.sbn", "aria-labelledby=\"entity-panel-title\"")]
    public async Task CollapsesOnAPhoneAndOpensFromItsTitle()
    {
        var observed = await site.OpenAsync(Article, width: 360, height: 780);
        var toggle = observed.Page.Locator(".entity-panel__toggle");
        var list = observed.Page.Locator(".entity-panel__body");

        Assert.Equal("false", await toggle.GetAttributeAsync("aria-expanded"));
        await Assertions.Expect(list).ToBeHiddenAsync();

        await toggle.ClickAsync();

        Assert.Equal("true", await toggle.GetAttributeAsync("aria-expanded"));
        await Assertions.Expect(list).ToBeVisibleAsync();
        await observed.CloseAsync();
    }

    [ThemeFact("pages/article.sbn", "aria-labelledby=\"entity-panel-title\"")]
    public async Task StandsOpenBesideTheStoryOnADesktop()
    {
        var observed = await site.OpenAsync(Article);

        await Assertions.Expect(observed.Page.Locator(".entity-panel__body")).ToBeVisibleAsync();
        var panel = (await observed.Page.Locator(".entity-panel").BoundingBoxAsync())!;
        var body = (await observed.Page.Locator(".article__body").BoundingBoxAsync())!;
        // Right to left: the panel sits on the end (left) side of the story, not below it.
        Assert.True(panel.X + panel.Width <= body.X, $"panel {panel.X}+{panel.Width}, body at {body.X}");
        await observed.CloseAsync();
    }
}
