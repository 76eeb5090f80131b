namespace DigestGen.BrowserTests;

[Collection("site")]
public sealed class HomePageTests(SiteFixture site)
{
    [Fact]
    public async Task RendersRightToLeftWithoutErrorsOrForeignRequests()
    {
        var observed = await site.OpenAsync("");

        var direction = await observed.Page.EvaluateAsync<string>("getComputedStyle(document.documentElement).direction");
        Assert.Equal("rtl", direction);
        Assert.Empty(observed.ConsoleErrors);
        Assert.Empty(observed.ForeignRequests);
        await observed.CloseAsync();
    }
}
