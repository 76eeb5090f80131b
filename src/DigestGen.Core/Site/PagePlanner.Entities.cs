using DigestGen.Entities;
using DigestGen.Rendering;
using DigestGen.Site.Views;

namespace DigestGen.Site;

public sealed partial class PagePlanner
{
    private void AddEntityPages(List<Page> pages)
    {
        var all = model.Links.Entities.Values
            .OrderByDescending(e => model.Links.ArticlesByEntity[e.Id].Count)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        var index = all.Select(e => new EntityLink(e.Id, e.Name, e.Type.ToName(), $"entities/{e.Id}/", e.Verified, 0,
            e.Gazetteer?.Description, model.Links.ArticlesByEntity[e.Id].Count)).ToList();
        pages.Add(new Page("entities/index.html", "entities",
            View("entities", "الكيانات", "entities/", new EntityIndexView(index), crumbs: [Home, new Crumb("الكيانات", "entities/")])));
        foreach (var e in all)
        {
            var path = $"entities/{e.Id}/";
            var articles = model.Links.ArticlesByEntity[e.Id].Select(Card).ToList();
            var view = new EntityView(e.Id, e.Name, e.Type.ToName(), e.Verified, e.Gazetteer?.Aliases ?? [], e.Gazetteer?.Description,
                e.Gazetteer?.Links ?? EntityLinks.None, articles);
            pages.Add(new Page(path + "index.html", "entity",
                View("entity", e.Name, path, view, e.Gazetteer?.Description ?? "", [Home, new Crumb("الكيانات", "entities/"), new Crumb(e.Name, path)])));
        }
    }
}
