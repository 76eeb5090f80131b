namespace DigestGen.BrowserTests;

/// <summary>What every kind of page owes a reader, checked in a real browser.</summary>
[Collection("site")]
public sealed class PageTypeTests(SiteFixture site)
{
    [Theory]
    [MemberData(nameof(SitePages.Kinds), MemberType = typeof(SitePages))]
    public async Task RendersRightToLeftWithoutErrorsOrForeignRequests(string kind)
    {
        var observed = await site.OpenKindAsync(kind);

        Assert.Equal("rtl", await observed.Page.EvaluateAsync<string>("getComputedStyle(document.documentElement).direction"));
        // The 404 page is itself served with status 404 (Chromium logs that); nothing it loads may fail, favicon included.
        static bool IsThe404Page(string line) => line.Contains("/no-such-page/", StringComparison.Ordinal);
        Assert.DoesNotContain(observed.ConsoleErrors, e => !(kind == "404" && IsThe404Page(e)));
        Assert.DoesNotContain(observed.FailedRequests, r => !(kind == "404" && IsThe404Page(r)));
        Assert.Empty(observed.ForeignRequests);
        await observed.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(SitePages.Kinds), MemberType = typeof(SitePages))]
    public async Task HasNoHorizontalScrollOnA360PixelPhone(string kind)
    {
        var observed = await site.OpenKindAsync(kind, width: 360, height: 780);

        var overflow = await observed.Page.EvaluateAsync<string[]>(
            """
            () => {
              const width = document.documentElement.clientWidth;
              if (document.documentElement.scrollWidth <= width) return [];
              return [...document.querySelectorAll('body *')]
                .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.left < -1 || r.right > width + 1); })
                .slice(0, 8).map(e => `${e.tagName.toLowerCase()}.${e.className} ${Math.round(e.getBoundingClientRect().left)}..${Math.round(e.getBoundingClientRect().right)}`);
            }
            """);
        Assert.True(overflow.Length == 0, $"wider than 360 px: {string.Join("; ", overflow)}");
        await observed.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(SitePages.Kinds), MemberType = typeof(SitePages))]
    public async Task DeclaresIconsManifestAndThemeColourForBothSchemes(string kind)
    {
        var observed = await site.OpenKindAsync(kind);

        var head = await observed.Page.EvaluateAsync<string[]>(
            """
            () => [
              ...[...document.querySelectorAll('link[rel~="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]')].map(l => l.rel + ' ' + new URL(l.href).pathname),
              ...[...document.querySelectorAll('meta[name="theme-color"]')].map(m => 'theme-color ' + m.media),
            ]
            """);
        Assert.Contains("icon /digest/assets/icons/favicon.ico", head);
        Assert.Contains("icon /digest/assets/icons/icon.svg", head);
        Assert.Contains("apple-touch-icon /digest/assets/icons/apple-touch-icon.png", head);
        Assert.Contains("manifest /digest/assets/manifest.webmanifest", head);
        Assert.Contains("theme-color (prefers-color-scheme: light)", head);
        Assert.Contains("theme-color (prefers-color-scheme: dark)", head);
        await observed.CloseAsync();
    }
}
