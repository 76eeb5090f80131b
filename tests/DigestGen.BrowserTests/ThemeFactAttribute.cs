namespace DigestGen.BrowserTests;

/// <summary>
/// A fact about markup another part of the theme emits: skipped, with the reason, until the named
/// template contains the marker (so the suite runs against what is on main and grows with it).
/// </summary>
public sealed class ThemeFactAttribute : FactAttribute
{
    public ThemeFactAttribute(string template, string marker)
    {
        var path = Path.Combine(SiteFixture.RepoRoot, "templates", template);
        if (!File.Exists(path) || !File.ReadAllText(path).Contains(marker, StringComparison.Ordinal))
        {
            Skip = $"templates/{template} does not emit '{marker}' yet";
        }
    }
}
