using DigestGen.Rendering;

namespace DigestGen.Site;

public sealed partial class PagePlanner
{
    /// <summary>The search page: static; its script reads the query from <c>?q=</c> and the index under <c>search/</c>.</summary>
    private void AddSearchPage(List<Page> pages)
    {
        if (Wanted("search/index.html"))
        {
            pages.Add(new Page("search/index.html", "search", View("search", "البحث", "search/", null, crumbs: [Home, new Crumb("البحث", "search/")]) with { NoIndex = true }));
        }
    }
}
