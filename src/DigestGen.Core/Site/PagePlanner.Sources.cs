using DigestGen.Rendering;

namespace DigestGen.Site;

public sealed partial class PagePlanner
{
    private void AddSourcePages(List<Page> pages) =>
        AddTermPages(pages, new Taxonomy("source", "sources", "المصادر", "المصدر", new("المصادر", "sources/"), model.Links.ArticlesBySource, SourcePath));

    private string SourcePath(string source) => $"sources/{model.Links.SourceSlugs[source]}/";
}
