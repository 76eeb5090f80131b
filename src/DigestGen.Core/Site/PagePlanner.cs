using DigestGen.Build;
using DigestGen.Content;
using DigestGen.Rendering;
using DigestGen.Site.Views;

namespace DigestGen.Site;

/// <summary>
/// Turns the site model into the list of pages to render. One partial file per part of the
/// site (articles, home, entities, taxonomies…); each adds its pages in <see cref="Plan"/>.
/// </summary>
public sealed partial class PagePlanner(SiteModel model)
{
    private DigestConfig Config => model.Config;

    /// <summary>
    /// Every page of the site, or only those whose output path is in <paramref name="only"/>: a
    /// live rebuild plans just the pages an edit changes, with the same code a build uses.
    /// </summary>
    public IReadOnlyList<Page> Plan(IReadOnlySet<string>? only = null)
    {
        _only = only;
        var pages = new List<Page>();
        // A live rebuild's few pages show a handful of cards: those are made when asked for, not all 10,000.
        _cards = only is null ? NewCards() : new ArticleCard[model.Articles.Count];
        _entityLinks = model.Links.Entities.Keys.ToDictionary(id => id, NewEntityLink, StringComparer.Ordinal);
        _cardIds = _entityLinks.ToDictionary(e => e.Key, e => e.Value.CardId, StringComparer.Ordinal);
        AddHomePages(pages);
        AddArticlePages(pages);
        AddEntityPages(pages);
        AddTagPages(pages);
        AddSourcePages(pages);
        AddArchivePages(pages);
        AddSpecialPages(pages);
        AddSearchPage(pages);
        return pages;
    }

    private PageView View(string kind, string title, string path, object? data, string description = "", IReadOnlyList<Crumb>? crumbs = null) => new()
    {
        Kind = kind,
        Title = title,
        Path = path,
        Data = data,
        Description = description.Length > 0 ? description : Config.Description,
        Lang = Config.Language,
        Dir = Languages.DirectionOf(Config.Language),
        Breadcrumbs = crumbs ?? [],
    };

    private ArticleCard[]? _cards;
    private Dictionary<string, EntityLink>? _entityLinks;

    // Each entity's hover-card id, made once: every mention on every article page names it.
    private Dictionary<string, string>? _cardIds;
    private IReadOnlySet<string>? _only;

    private bool Wanted(string outputPath) => _only is null || _only.Contains(outputPath);

    /// <summary>An article as lists show it; made once per article and shared by every list it is on.</summary>
    private ArticleCard Card(ArticleEntry a)
    {
        var at = model.Links.PositionOf(a);
        if (_cards![at] is { } card)
        {
            return card;
        }
        // Planning threads may ask for the same card at once: the first one made is the one every list shares.
        var made = NewCard(model.Articles[at]);
        var shared = Interlocked.CompareExchange(ref _cards[at], made, null) ?? made;
        if (ReferenceEquals(shared, made))
        {
            Interlocked.Increment(ref _cardsMadeOnDemand);
        }
        return shared;
    }

    private int _cardsMadeOnDemand;

    /// <summary>Cards a plan of chosen pages made because a page showed them (a whole plan makes them all at its start).</summary>
    internal int CardsMadeOnDemand => _cardsMadeOnDemand;

    private ArticleCard[] NewCards()
    {
        var cards = new ArticleCard[model.Articles.Count];
        Parallel.For(0, cards.Length, Cores.One, i => cards[i] = NewCard(model.Articles[i]));
        return cards;
    }

    /// <summary>The article as every list shows it; a live rebuild compares old and new to see whether lists change.</summary>
    public ArticleCard NewCard(ArticleEntry a)
    {
        var lang = a.Article.Lang(Config);
        return new ArticleCard(
            a.Meta.Title, a.Path, a.Meta.Date, a.Summary, a.Meta.Note,
            a.Meta.Source is { } s ? new SourceLink(s.Name, s.Url, SourcePath(s.Name)) : null,
            a.Meta.Tags.Select(t => new TagLink(t, TagPath(t))).ToList(),
            lang, Languages.DirectionOf(lang));
    }

    private static Crumb Home => new("الرئيسية", "");
}
