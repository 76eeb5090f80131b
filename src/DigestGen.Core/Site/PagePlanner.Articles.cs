using DigestGen.Entities;
using DigestGen.Rendering;
using DigestGen.Site.Views;

namespace DigestGen.Site;

public sealed partial class PagePlanner
{
    private static readonly (EntityType Type, string Label)[] GroupLabels =
    [
        (EntityType.Person, "أشخاص"), (EntityType.Organization, "مؤسسات"), (EntityType.Place, "أماكن"),
        (EntityType.Product, "منتجات"), (EntityType.Event, "أحداث"), (EntityType.Other, "أخرى"),
    ];

    private void AddArticlePages(List<Page> pages)
    {
        var articles = model.Articles;
        for (var i = 0; i < articles.Count; i++)
        {
            var a = articles[i];
            var lang = a.Article.Lang(Config);
            var view = new ArticleView(
                Card(a),
                new RawHtml(a.Body.Html),
                a.Meta.Author,
                a.Meta.Updated,
                a.Body.Corrections,
                EntityGroups(a),
                model.Links.RelatedTo(a, Config.RelatedCount).Select(Card).ToList(),
                i + 1 < articles.Count ? Card(articles[i + 1]) : null,
                i > 0 ? Card(articles[i - 1]) : null,
                a.Body.WordCount,
                Math.Max(1, (int)Math.Round(a.Body.WordCount / 200.0)));
            var page = View("article", a.Meta.Title, a.Path, view, a.Summary, [Home, new Crumb(a.Meta.Title, a.Path)])
                with { Lang = lang, Dir = Languages.DirectionOf(lang) };
            pages.Add(new Page(a.Path + "index.html", "article", page));
        }
    }

    private IReadOnlyList<EntityGroup> EntityGroups(ArticleEntry a) =>
        GroupLabels
            .Select(g => new EntityGroup(g.Type.ToName(), g.Label, a.Entities.Where(e => e.Type == g.Type).Select(EntityLinkOf).ToList()))
            .Where(g => g.Entities.Count > 0)
            .ToList();

    private EntityLink EntityLinkOf(FoundEntity e)
    {
        var known = model.Gazetteer.Find(e.Id);
        var count = model.Links.ArticlesByEntity.TryGetValue(e.Id, out var list) ? list.Count : 0;
        return new EntityLink(e.Id, known?.Name ?? e.Name, e.Type.ToName(), $"entities/{e.Id}/", e.Verified, e.Mentions.Count, known?.Description, count);
    }
}
