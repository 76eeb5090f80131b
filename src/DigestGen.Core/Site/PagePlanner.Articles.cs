using DigestGen.Build;
using DigestGen.Entities;
using DigestGen.Rendering;
using DigestGen.Rendering.Annotation;
using DigestGen.Site.Views;

namespace DigestGen.Site;

public sealed partial class PagePlanner
{
    private void AddArticlePages(List<Page> pages)
    {
        var wanted = WantedArticles();
        var planned = new Page[wanted.Count];
        var annotator = new EntityAnnotator(Config.LinkAllMentions);
        var urls = new TemplateFunctions(Config);
        // Each article's view reads only shared, finished indexes: planned in parallel, added in order.
        Parallel.For(0, planned.Length, Cores.One, k => planned[k] = ArticlePage(wanted[k], annotator, urls));
        pages.AddRange(planned);
    }

    /// <summary>
    /// The positions of the articles whose page is planned: all of them, or those a chosen path names
    /// (<c>articles/SLUG/index.html</c>), told by slug alone: making every article's path to look it up
    /// was 10,000 strings, and 14 ms or more, of each save in serve at 10,000 articles.
    /// </summary>
    private List<int> WantedArticles()
    {
        if (_only is null)
        {
            return [.. Enumerable.Range(0, model.Articles.Count)];
        }
        const string Prefix = "articles/", Suffix = "/index.html";
        var slugs = _only.Where(p => p.Length > Prefix.Length + Suffix.Length && p.StartsWith(Prefix, StringComparison.Ordinal) && p.EndsWith(Suffix, StringComparison.Ordinal))
            .Select(p => p[Prefix.Length..^Suffix.Length])
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var wanted = new List<int>(slugs.Length);
        if (slugs.Length == 0)
        {
            return wanted;
        }
        // An edit wants a few articles: each slug is compared (most differ in length at once) rather than
        // every article's slug hashed for a set, a third of planning a save at 30,000 articles.
        for (var i = 0; i < model.Articles.Count; i++)
        {
            var slug = model.Articles[i].Slug;
            foreach (var s in slugs)
            {
                if (string.Equals(slug, s, StringComparison.Ordinal))
                {
                    wanted.Add(i);
                    break;
                }
            }
        }
        return wanted;
    }

    private Page ArticlePage(int i, EntityAnnotator annotator, TemplateFunctions urls)
    {
        var articles = model.Articles;
        var a = articles[i];
        var lang = a.Article.Lang(Config);
        var view = new ArticleView(
            Card(a),
            () => new StreamedHtml(output => annotator.Annotate(output, a.Body.Html, a.Body.PlainText, AnnotatedEntities(a, urls))),
            a.Article.ContentHash,
            a.Meta.Author,
            a.Meta.Updated,
            a.Body.Corrections.Select(c => new CorrectionNote(c, a.Meta.Updated)).ToList(),
            EntityGroups(a),
            model.Links.RelatedTo(a, Config.RelatedCount).Select(Card).ToList(),
            i + 1 < articles.Count ? Card(articles[i + 1]) : null,
            i > 0 ? Card(articles[i - 1]) : null,
            a.Body.WordCount,
            Math.Max(1, (int)Math.Round(a.Body.WordCount / 200.0)));
        var page = View("article", a.Meta.Title, a.Path, view, a.Summary, [Home, new Crumb(a.Meta.Title, a.Path)])
            with
        { Lang = lang, Dir = Languages.DirectionOf(lang) };
        return new Page(a.Path + "index.html", "article", page);
    }

    private List<AnnotatedEntity> AnnotatedEntities(ArticleEntry a, TemplateFunctions urls)
    {
        // The entity's path as its link already holds it: making it again for every entity of every article was 17 MiB of strings.
        var result = new List<AnnotatedEntity>(a.Entities.Count);
        for (var i = 0; i < a.Entities.Count; i++)
        {
            var e = a.Entities[i];
            result.Add(new AnnotatedEntity(e.Id, EntityTypeOf(e), urls.Url(_entityLinks![e.Id].Path), _cardIds![e.Id], e.Mentions));
        }
        return result;
    }

    /// <summary>The article's entities by type, in the order of <see cref="EntityTypes.All"/>, each group in the
    /// article's order. One pass over the entities: a pass per type looked each entity's type up seven times.</summary>
    private IReadOnlyList<EntityGroup> EntityGroups(ArticleEntry a)
    {
        var types = EntityTypes.All;
        var byType = new List<EntityLink>?[types.Count];
        foreach (var e in a.Entities)
        {
            var type = EntityTypeOf(e);
            for (var k = 0; k < types.Count; k++)
            {
                if (types[k] == type)
                {
                    (byType[k] ??= []).Add(EntityLinkOf(e));
                    break;
                }
            }
        }

        var groups = new List<EntityGroup>();
        for (var k = 0; k < types.Count; k++)
        {
            if (byType[k] is { } links)
            {
                groups.Add(new EntityGroup(types[k].ToName(), EntityTypeLabels.Plural(types[k]), links));
            }
        }

        return groups;
    }

    /// <summary>The type the digest shows: the gazetteer's when the entity is verified, so every page agrees.</summary>
    private EntityType EntityTypeOf(FoundEntity e) => model.Links.Entities.TryGetValue(e.Id, out var s) ? s.Type : e.Type;

    private EntityLink EntityLinkOf(FoundEntity e)
    {
        var link = EntityLinkOf(e.Id);
        return link with { Mentions = e.Mentions.Count, Card = link };
    }

    /// <summary>One link per entity for the whole plan, made before planning starts: articles, lists and
    /// co-mentions show the same entity hundreds of thousands of times in an archive, and each used to carry
    /// its own path and phrase strings. Read-only while the planning threads run, so no lock.</summary>
    private EntityLink EntityLinkOf(string id) => _entityLinks![id];

    private EntityLink NewEntityLink(string id)
    {
        var s = model.Links.Entities[id];
        return new EntityLink(s.Id, s.Name, s.Type.ToName(), EntityTypeLabels.Singular(s.Type), EntityPath(s.Id), s.Verified, 0,
            s.Gazetteer?.Description, model.Links.ArticleCount(s.Id), ArticleCounts.Phrase(model.Links.ArticleCount(s.Id), Config.Digits));
    }

    /// <summary>Site-relative path of an entity's page (its first page when the list is paged).</summary>
    public static string EntityPath(string id) => $"entities/{id}/";
}
