using DigestGen.Rendering;
using DigestGen.Site.Views;

namespace DigestGen.Site;

public sealed partial class PagePlanner
{
    private static readonly Crumb TagsCrumb = new("الوسوم", "tags/");

    private void AddTagPages(List<Page> pages)
    {
        var tags = model.Links.ArticlesByTag
            .OrderByDescending(kv => kv.Value.Count)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new TermLink(kv.Key, TagPath(kv.Key), kv.Value.Count))
            .ToList();
        pages.Add(new Page("tags/index.html", "tags", View("tags", "الوسوم", "tags/", new TermIndexView(tags), crumbs: [Home, TagsCrumb])));
        foreach (var tag in tags)
        {
            var articles = model.Links.ArticlesByTag[tag.Name];
            Paginate(tag.Path, articles, (path, chunk, pager) =>
            {
                var view = new ArticleListView($"وسم: {tag.Name}", tag.Name, articles.Count, ArticleCounts.Phrase(articles.Count, Config.Digits), chunk.Select(Card).ToList(), pager);
                pages.Add(new Page(path + "index.html", "tag",
                    View("tag", tag.Name + PageSuffix(pager), path, view, crumbs: [Home, TagsCrumb, new Crumb(tag.Name, tag.Path)])));
            });
        }
    }

    private string TagPath(string tag) => $"tags/{model.Links.TagSlugs[tag]}/";
}
