namespace DigestGen.BrowserTests;

/// <summary>A fact about a large built site (the 10,000-article benchmark): skipped unless DIGESTGEN_SEARCH_SITE names one.</summary>
public sealed class SearchSiteFactAttribute : FactAttribute
{
    public SearchSiteFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("DIGESTGEN_SEARCH_SITE") is not { Length: > 0 } site || !Directory.Exists(Path.Combine(site, "search")))
        {
            Skip = "set DIGESTGEN_SEARCH_SITE to a built site (its base path /digest/) to time its search page";
        }
    }
}
