using Microsoft.Playwright;
using Xunit.Abstractions;

namespace DigestGen.BrowserTests;

/// <summary>
/// The search page of a large built site (DIGESTGEN_SEARCH_SITE, built with base path /digest/) in headless
/// Chromium: prints, for each query opened as <c>search/?q=</c> in a fresh context, the time from navigation
/// to the first result and what the page fetched under <c>search/</c>. A benchmark: nothing here is timed against a limit.
/// </summary>
public sealed class SearchAtScaleTests(ITestOutputHelper output)
{
    private static readonly string[] Queries =
        ["الصين", "علي بابا", "نماذج الذكاء الاصطناعي", "جوجل", "رقائق إنفيديا", "الاستدلال", "بالصين", "الذكاء الاصطناعي", "إنفيديا الصين"];

    [SearchSiteFact]
    public async Task PrintsTheTimeToFirstResultOfEachQuery()
    {
        var site = Environment.GetEnvironmentVariable("DIGESTGEN_SEARCH_SITE")!;
        using var server = new StaticServer(SiteFixture.BasePath) { Root = site };
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("DIGESTGEN_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
        });
        // One empty search page first, so the first figure is not the browser's own start-up.
        var warm = await browser.NewPageAsync();
        await warm.GotoAsync(server.BaseUrl + "search/");
        await warm.CloseAsync();
        foreach (var query in Queries)
        {
            var context = await browser.NewContextAsync();
            var page = await context.NewPageAsync();
            var fetched = new List<string>();
            page.Request += (_, request) =>
            {
                var at = request.Url.IndexOf("/search/", StringComparison.Ordinal);
                if (at >= 0 && request.Url.EndsWith(".json", StringComparison.Ordinal))
                {
                    fetched.Add(request.Url[(at + "/search/".Length)..]);
                }
            };
            await page.GotoAsync(server.BaseUrl + "search/?q=" + Uri.EscapeDataString(query));
            await page.WaitForFunctionAsync("q => document.querySelector('[data-search-results]').dataset.searchQuery === q", query);
            var ms = await page.EvaluateAsync<double?>("() => performance.getEntriesByName('digestgen:first-result')[0]?.startTime ?? null");
            var ready = await page.EvaluateAsync<double>("() => performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd");
            var shown = await page.Locator("[data-search-results] a").CountAsync();
            var status = await page.Locator("[data-search-status]").TextContentAsync();
            var bytes = fetched.Distinct().Sum(f => new FileInfo(Path.Combine(site, "search", f)).Length);
            output.WriteLine($"{query}: first result {ms:F0} ms after navigation (page ready at {ready:F0} ms), {shown} shown ({status}), {fetched.Count} index files, {bytes / 1024.0:F1} KB raw");
            Assert.True(shown > 0, query);
            await context.CloseAsync();
        }
    }
}
