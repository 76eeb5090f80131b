using DigestGen.Build;
using DigestGen.Output;
using DigestGen.Rendering;
using DigestGen.Site;

namespace DigestGen.Publishing;

/// <summary>
/// Writes what makes the digest found and followed: the Atom and JSON feeds of the whole site,
/// an Atom feed per entity and per tag, <c>sitemap.xml</c> and <c>robots.txt</c>.
/// </summary>
/// <param name="memo">serve's record of what each section feed was last written from, or null to write every feed.</param>
/// <param name="cache">A build's page cache: a section feed whose fingerprint is the one its file was written from is kept.</param>
public sealed class PublicationWriter(SiteModel model, OutputFolder output, FeedMemo? memo = null, Caching.PageCache? cache = null)
{
    private readonly TemplateFunctions _urls = new(model.Config);

    // The files are independent: the site's feeds and its sitemap (one entry per page, 7 MB at 10,000
    // articles), each written by one thread, are written beside the section feeds rather than before and after them.
    public void WriteAll(IReadOnlyList<Page> pages)
    {
        var atom = new AtomFeedWriter(model.Config, _urls);
        var main = new FeedSpec(model.Config.Title, "", Latest(model.Articles));
        memo?.Begin();
        Parallel.Invoke(
            () =>
            {
                atom.Write(main, output);
                output.WriteBytes("feed.json", new JsonFeedWriter(model.Config, _urls).Write(main, "feed.json"));
            },
            () =>
            {
                var sitemap = new SitemapWriter(_urls);
                output.WriteBytes("sitemap.xml", sitemap.Write(new PageDates(model).Entries(pages), pages.Count).Span);
                output.WriteText("robots.txt", sitemap.Robots());
            },
            () => Parallel.ForEach(SectionFeeds(), Cores.One, feed => WriteSectionFeed(atom, feed)));
    }

    private void WriteSectionFeed(AtomFeedWriter atom, FeedSpec feed)
    {
        if (memo is null)
        {
            if (cache?.TryReuseFeed(feed.FeedPath, feed.Fingerprint(), output) != true)
            {
                atom.Write(feed, output);
            }
        }
        else if (memo.Unchanged(feed) && output.TryReusePrevious(feed.FeedPath))
        {
            memo.Kept(feed);
        }
        else
        {
            atom.Write(feed, output);
            memo.Wrote(feed);
        }
    }

    /// <summary>The path of a tag's page and feed folder: the link index's slug, unique even when two tags slug alike.</summary>
    public static string TagPath(SiteModel model, string tag) => $"tags/{model.Links.TagSlugs[tag]}/";

    private IEnumerable<FeedSpec> SectionFeeds()
    {
        foreach (var (id, articles) in model.Links.ArticlesByEntity)
        {
            var name = model.Links.Entities.TryGetValue(id, out var e) ? e.Name : id;
            yield return new FeedSpec($"{name} — {model.Config.Title}", PagePlanner.EntityPath(id), Latest(articles), FullContent: false);
        }
        foreach (var (tag, articles) in model.Links.ArticlesByTag)
        {
            yield return new FeedSpec($"{tag} — {model.Config.Title}", TagPath(model, tag), Latest(articles), FullContent: false);
        }
    }

    private IReadOnlyList<ArticleEntry> Latest(IReadOnlyList<ArticleEntry> articles) =>
        articles.Take(model.Config.FeedItems).ToList();
}
