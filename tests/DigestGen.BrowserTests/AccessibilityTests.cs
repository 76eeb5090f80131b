namespace DigestGen.BrowserTests;

/// <summary>axe-core finds nothing to fix on any page type, in the light and the dark theme.</summary>
[Collection("site")]
public sealed class AccessibilityTests(SiteFixture site)
{
    [AxeTheory]
    [MemberData(nameof(SitePages.Kinds), MemberType = typeof(SitePages))]
    public async Task HasNoAxeViolationsInTheLightTheme(string kind) => await AssertNoViolations(kind, "light");

    [AxeTheory]
    [MemberData(nameof(SitePages.Kinds), MemberType = typeof(SitePages))]
    public async Task HasNoAxeViolationsInTheDarkTheme(string kind) => await AssertNoViolations(kind, "dark");

    private async Task AssertNoViolations(string kind, string scheme)
    {
        var observed = await site.OpenKindAsync(kind, colorScheme: scheme);
        await observed.Page.EvaluateAsync("document.fonts.ready");

        var violations = await Axe.ViolationsAsync(observed);

        Assert.True(violations.Count == 0, $"{kind} ({scheme}):\n" + string.Join("\n", violations));
        await observed.CloseAsync();
    }
}
