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
        // An entity's or tag's list is newest first, so its newest change is its first article's, unless an
        // older article on it was updated since: those few are laid over the lists they are on. Reading every
        // article of every list (277,000 at 10,000 articles, scattered over the heap) took 0.4 s of CPU.
        foreach (var (id, articles) in model.Links.ArticlesByEntity)
        {
            _byPath[PagePlanner.EntityPath(id)] = FeedDates.Modified(articles[0]);
        }
        foreach (var (tag, articles) in model.Links.ArticlesByTag)
        {
            _byPath[PublicationWriter.TagPath(model, tag)] = FeedDates.Modified(articles[0]);
        }
        foreach (var a in model.Articles)
        {
            var modified = FeedDates.Modified(a);
            _byPath[a.Path] = modified;
            if (modified == a.Meta.Date)
            {
                continue;
            }
            foreach (var entity in a.Entities)
            {
                Later(PagePlanner.EntityPath(entity.Id), modified);
            }
            foreach (var tag in a.Meta.Tags)
            {
                Later(PublicationWriter.TagPath(model, tag), modified);
            }
        }
    }

    private void Later(string path, DateTimeOffset modified)
    {
        if (modified > _byPath[path])
        {
            _byPath[path] = modified;
        }
    }

    /// <summary>Every indexable page once, in a stable order (the planner's).</summary>
    public IEnumerable<SitemapEntry> Entries(IReadOnlyList<Page> pages) =>
        pages.Where(p => !p.View.NoIndex)
            .Select(p => p.View.Path)
            .Distinct(StringComparer.Ordinal)
            .Select(path => new SitemapEntry(path, LastModified(path)));

    /// <summary>When the page at <paramref name="path"/> (site-relative, e.g. <c>entities/openai/</c>) last changed.</summary>
    public DateTimeOffset LastModified(string path) => _byPath.GetValueOrDefault(path, _newest);
}
