using DigestGen.Rendering;
using DigestGen.Site.Views;

namespace DigestGen.Site;

public sealed partial class PagePlanner
{
    /// <summary>
    /// A taxonomy the planner lists: its index page and one paginated page per term, as tags
    /// and sources are.
    /// </summary>
    private sealed record Taxonomy(
        string Kind,
        string IndexKind,
        string Title,
        string TermHeading,
        Crumb Crumb,
        IReadOnlyDictionary<string, IReadOnlyList<ArticleEntry>> ArticlesByTerm,
        Func<string, string> PathOf);

    private void AddTermPages(List<Page> pages, Taxonomy taxonomy)
    {
        var terms = taxonomy.ArticlesByTerm
            .OrderByDescending(kv => kv.Value.Count)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new TermLink(kv.Key, taxonomy.PathOf(kv.Key), kv.Value.Count))
            .ToList();
        if (Wanted(taxonomy.Crumb.Path + "index.html"))
        {
            pages.Add(new Page(taxonomy.Crumb.Path + "index.html", taxonomy.IndexKind,
                View(taxonomy.IndexKind, taxonomy.Title, taxonomy.Crumb.Path, new TermIndexView(terms), crumbs: [Home, taxonomy.Crumb])));
        }
        foreach (var term in terms)
        {
            var articles = taxonomy.ArticlesByTerm[term.Name];
            Paginate(term.Path, articles, (path, chunk, pager) =>
            {
                var view = new ArticleListView($"{taxonomy.TermHeading}: {term.Name}", term.Name, articles.Count,
                    ArticleCounts.Phrase(articles.Count, Config.Digits), chunk.Select(Card).ToList(), pager);
                pages.Add(new Page(path + "index.html", taxonomy.Kind,
                    View(taxonomy.Kind, term.Name + PageSuffix(pager), path, view, crumbs: [Home, taxonomy.Crumb, new Crumb(term.Name, term.Path)])));
            });
        }
    }
}
