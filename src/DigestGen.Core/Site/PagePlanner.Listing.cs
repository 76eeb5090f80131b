namespace DigestGen.Site;

public sealed partial class PagePlanner
{
    /// <summary>
    /// The output paths of the pages that show <paramref name="article"/>'s card, related lists
    /// aside: its own page, its neighbours' pagers, and the page of each list it is on (home, its
    /// month, tags, source and entities). A live rebuild re-plans these when only the card's text
    /// changed. Related lists are known from the planned pages, not from here.
    /// </summary>
    public IReadOnlySet<string> PagesShowing(ArticleEntry article)
    {
        var links = model.Links;
        var at = links.PositionOf(article);
        var paths = new HashSet<string>(StringComparer.Ordinal) { article.Path + "index.html", HomePath(at / Config.PageSize) + "index.html" };
        foreach (var neighbour in new[] { at - 1, at + 1 }.Where(i => i >= 0 && i < model.Articles.Count))
        {
            paths.Add(model.Articles[neighbour].Path + "index.html");
        }
        var month = Linking.MonthKey.Of(article.Meta.Date, links.Zone);
        paths.Add(ListPage(links.ArticlesByMonth[month], article, month.Path));
        foreach (var tag in article.Meta.Tags.Distinct(StringComparer.Ordinal))
        {
            paths.Add(ListPage(links.ArticlesByTag[tag], article, TagPath(tag)));
        }
        if (article.Meta.Source is { } source)
        {
            paths.Add(ListPage(links.ArticlesBySource[source.Name], article, SourcePath(source.Name)));
        }
        foreach (var e in article.Entities)
        {
            paths.Add(EntityPageListing(e.Id, article));
        }
        return paths;
    }

    /// <summary>The output path of the page of <paramref name="entityId"/>'s list that shows <paramref name="article"/>.</summary>
    public string EntityPageListing(string entityId, ArticleEntry article) =>
        ListPage(model.Links.ArticlesByEntity[entityId], article, EntityPath(entityId));

    private string ListPage(IReadOnlyList<ArticleEntry> list, ArticleEntry article, string root)
    {
        var at = -1;
        for (var i = 0; i < list.Count && at < 0; i++)
        {
            at = ReferenceEquals(list[i], article) ? i : -1;
        }
        if (at < 0)
        {
            throw new InvalidOperationException($"{article.Slug} is not on the list at {root}");
        }
        return PagePath(root, at / Config.PageSize + 1) + "index.html";
    }
}
