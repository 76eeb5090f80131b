using DigestGen.Build;
using DigestGen.Entities;
using DigestGen.Linking;
using DigestGen.Rendering;
using DigestGen.Site.Views;

namespace DigestGen.Site;

public sealed partial class PagePlanner
{
    private const int CoMentionCount = 10;
    private static readonly Crumb EntitiesCrumb = new("الكيانات", "entities/");

    private void AddEntityPages(List<Page> pages)
    {
        var all = model.Links.Entities.Values
            .OrderByDescending(e => model.Links.ArticleCount(e.Id))
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        var groups = EntityTypes.All
            .Select(t => new EntityTypeGroup(t.ToName(), EntityTypeLabels.Plural(t), EntityTypeLabels.PathOf(t),
                all.Where(e => e.Type == t).Select(e => EntityLinkOf(e.Id)).ToList()))
            .Where(g => g.Entities.Count > 0)
            .ToList();
        if (Wanted("entities/index.html"))
        {
            pages.Add(new Page("entities/index.html", "entities",
                View("entities", "الكيانات", "entities/", new EntityIndexView(groups, all.Count), crumbs: [Home, EntitiesCrumb])));
        }
        foreach (var g in groups.Where(g => Wanted(g.Path + "index.html")))
        {
            pages.Add(new Page(g.Path + "index.html", "entity-type",
                View("entity-type", g.Label, g.Path, new EntityIndexView([g], g.Entities.Count), crumbs: [Home, EntitiesCrumb, new Crumb(g.Label, g.Path)])));
        }
        var planned = new List<Page>[all.Count];
        Parallel.For(0, all.Count, Cores.One, i => AddEntityPage(planned[i] = [], all[i]));
        pages.AddRange(planned.SelectMany(p => p));
    }

    private void AddEntityPage(List<Page> pages, EntitySummary e)
    {
        var root = EntityPath(e.Id);
        if (_only is not null && !_only.Any(p => p.StartsWith(root, StringComparison.Ordinal)))
        {
            return; // none of its pages wanted: skip its co-mentions and timeline too
        }
        var link = EntityLinkOf(e.Id);
        var typeCrumb = new Crumb(EntityTypeLabels.Plural(e.Type), EntityTypeLabels.PathOf(e.Type));
        var coMentions = model.Links.CoMentionsOf(e.Id, CoMentionCount).Select(c => new CoMentionLink(EntityLinkOf(c.Entity.Id), c.SharedArticles)).ToList();
        var timeline = Timeline(e);
        Paginate(root, model.Links.ArticlesByEntity[e.Id], (path, articles, pager) =>
        {
            var items = articles.Select(a => MentionItem(a, e.Id)).ToList();
            // The timeline and the co-mentions sum up the entity's whole coverage: its first page shows them,
            // the pages after it continue the list. An archive's entity had its 6 KB chart and its 2.3 KB list
            // on each of tens of pages (26,602 later pages at 10,000 articles), and a change to its co-mentions
            // made every one of them stale, where now only the first page is.
            var first = pager.Number == 1;
            var view = new EntityView(link, e.Gazetteer?.Aliases ?? [], e.Gazetteer?.Links ?? EntityLinks.None, items, pager,
                first ? coMentions : [], first ? timeline : null);
            var crumbs = new List<Crumb> { Home, EntitiesCrumb, typeCrumb, new(e.Name, root) };
            pages.Add(new Page(path + "index.html", "entity",
                View("entity", e.Name + PageSuffix(pager), path, view, e.Gazetteer?.Description ?? "", crumbs)));
        });
    }

    private EntityMentionItem MentionItem(ArticleEntry a, string entityId)
    {
        var mention = FirstMention(a.Entities, entityId);
        return new EntityMentionItem(Card(a), a.Body, a.Article.ContentHash, mention?.Start ?? -1, mention?.Length ?? 0);
    }

    // A plain loop: this runs once per item of every entity list (286,000 at 10,000 articles), where a
    // LINQ search allocated a closure and called a delegate per entity of the article.
    private static Mention? FirstMention(IReadOnlyList<FoundEntity> entities, string entityId)
    {
        for (var i = 0; i < entities.Count; i++)
        {
            if (string.Equals(entities[i].Id, entityId, StringComparison.Ordinal))
            {
                var mentions = entities[i].Mentions;
                return mentions.Count > 0 ? mentions[0] : null;
            }
        }

        return null;
    }
}
