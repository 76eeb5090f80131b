using DigestGen.Rendering;
using DigestGen.Site.Views;

namespace DigestGen.Site;

public sealed partial class PagePlanner
{
    private static readonly Crumb SourcesCrumb = new("المصادر", "sources/");

    private void AddSourcePages(List<Page> pages)
    {
        var sources = model.Links.ArticlesBySource
            .OrderByDescending(kv => kv.Value.Count)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new TermLink(kv.Key, SourcePath(kv.Key), kv.Value.Count))
            .ToList();
        pages.Add(new Page("sources/index.html", "sources", View("sources", "المصادر", "sources/", new TermIndexView(sources), crumbs: [Home, SourcesCrumb])));
        foreach (var source in sources)
        {
            var articles = model.Links.ArticlesBySource[source.Name];
            Paginate(source.Path, articles, (path, chunk, pager) =>
            {
                var view = new ArticleListView($"المصدر: {source.Name}", source.Name, articles.Count, ArticleCounts.Phrase(articles.Count, Config.Digits), chunk.Select(Card).ToList(), pager);
                pages.Add(new Page(path + "index.html", "source",
                    View("source", source.Name + PageSuffix(pager), path, view, crumbs: [Home, SourcesCrumb, new Crumb(source.Name, source.Path)])));
            });
        }
    }

    private string SourcePath(string source) => $"sources/{model.Links.SourceSlugs[source]}/";
}
