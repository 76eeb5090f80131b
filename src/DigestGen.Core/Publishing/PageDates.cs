using DigestGen.Rendering;
using DigestGen.Site;

namespace DigestGen.Publishing;

/// <summary>
/// When each page last changed, for the sitemap: an article page when its article did, an
/// entity or tag page when its newest article did, any other list when the newest article did.
/// </summary>
public sealed class PageDates
{
    private readonly Dictionary<string, DateTimeOffset> _byPath = new(StringComparer.Ordinal);
    private readonly DateTimeOffset _newest;

    public PageDates(SiteModel model)
    {
        _newest = FeedDates.Newest(model.Articles);
        foreach (var a in model.Articles)
        {
            _byPath[a.Path] = FeedDates.Modified(a);
        }
        foreach (var (id, articles) in model.Links.ArticlesByEntity)
        {
            _byPath[$"entities/{id}/"] = FeedDates.Newest(articles);
        }
        foreach (var (tag, articles) in model.Links.ArticlesByTag)
        {
            _byPath[PublicationWriter.TagPath(model, tag)] = FeedDates.Newest(articles);
        }
    }

    /// <summary>Every indexable page once, in a stable order (the planner's).</summary>
    public IEnumerable<SitemapEntry> Entries(IReadOnlyList<Page> pages) =>
        pages.Where(p => !p.View.NoIndex)
            .Select(p => p.View.Path)
            .Distinct(StringComparer.Ordinal)
            .Select(path => new SitemapEntry(path, _byPath.GetValueOrDefault(path, _newest)));
}
