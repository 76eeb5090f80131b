using DigestGen.Arabic;
using DigestGen.Rendering;
using DigestGen.Site.Views;

namespace DigestGen.Site;

public sealed partial class PagePlanner
{
    private static readonly Crumb ArchiveCrumb = new("الأرشيف", "archive/");

    /// <summary><c>archive/</c> lists every month by year, newest first; <c>archive/YYYY/MM/</c> pages each month's articles.</summary>
    private void AddArchivePages(List<Page> pages)
    {
        var months = model.Links.ArticlesByMonth.OrderByDescending(kv => kv.Key).ToList();
        var years = months
            .GroupBy(kv => kv.Key.Year)
            .Select(g => new ArchiveYear(g.Key, ArabicDigits.Apply(g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), Config.Digits),
                g.Select(kv => new TermLink(MonthLabel(kv.Key), kv.Key.Path, kv.Value.Count)).ToList()))
            .ToList();
        if (Wanted("archive/index.html"))
        {
            pages.Add(new Page("archive/index.html", "archive", View("archive", "الأرشيف", "archive/", new ArchiveView(years), crumbs: [Home, ArchiveCrumb])));
        }
        foreach (var (month, articles) in months)
        {
            var label = MonthLabel(month);
            Paginate(month.Path, articles, (path, chunk, pager) =>
            {
                var view = new ArticleListView($"أرشيف {label}", label, articles.Count, ArticleCounts.Phrase(articles.Count, Config.Digits), chunk.Select(Card).ToList(), pager);
                pages.Add(new Page(path + "index.html", "archive-month",
                    View("archive-month", label + PageSuffix(pager), path, view, crumbs: [Home, ArchiveCrumb, new Crumb(label, month.Path)])));
            });
        }
    }
}
