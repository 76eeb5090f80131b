using Microsoft.Playwright;

namespace DigestGen.BrowserTests;

/// <summary>A page with what it did recorded: console errors, failed requests, requests to other hosts (blocked).</summary>
public sealed class ObservedPage(IPage page, string origin)
{
    public IPage Page { get; } = page;
    public List<string> ConsoleErrors { get; } = [];
    public List<string> ForeignRequests { get; } = [];
    public List<string> FailedRequests { get; } = [];

    public async Task StartAsync()
    {
        Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                // The location names the resource: a failed load says "status of 404" and nothing else.
                ConsoleErrors.Add($"{message.Text} at {message.Location}");
            }
        };
        Page.PageError += (_, error) => ConsoleErrors.Add(error);
        Page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                FailedRequests.Add($"{response.Status} {response.Url}");
            }
        };
        await Page.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url;
            if (url.StartsWith(origin + "/", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                ForeignRequests.Add(url);
                await route.AbortAsync();
            }
        });
    }

    public async Task ScreenshotAsync(string name, bool fullPage = true)
    {
        Directory.CreateDirectory(SiteFixture.Artifacts);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(SiteFixture.Artifacts, name + ".png"), FullPage = fullPage });
    }

    public async Task CloseAsync() => await Page.Context.CloseAsync();
}
