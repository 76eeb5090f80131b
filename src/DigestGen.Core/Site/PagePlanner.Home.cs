using DigestGen.Rendering;
using DigestGen.Site.Views;

namespace DigestGen.Site;

public sealed partial class PagePlanner
{
    private void AddHomePages(List<Page> pages)
    {
        var chunks = model.Articles.Chunk(Config.PageSize).ToList();
        if (chunks.Count == 0)
        {
            chunks.Add([]);
        }
        for (var i = 0; i < chunks.Count; i++)
        {
            var path = HomePath(i);
            if (!Wanted(path + "index.html"))
            {
                continue;
            }
            var pager = new Pager(i + 1, chunks.Count,
                i == 0 ? null : i == 1 ? "" : $"page/{i}/",
                i + 1 < chunks.Count ? $"page/{i + 2}/" : null);
            var days = chunks[i]
                .GroupBy(a => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(a.Meta.Date, Config.Zone).DateTime))
                .Select(g => new DayGroup(g.First().Meta.Date, g.Select(Card).ToList()))
                .ToList();
            var title = i == 0 ? Config.Title : $"{Config.Title} — صفحة {i + 1}";
            pages.Add(new Page(path + "index.html", "home", View("home", title, path, new HomeView(days, pager))));
        }
    }

    /// <summary>The home list's page <paramref name="index"/> (from 0): the root, then <c>page/N/</c>.</summary>
    private static string HomePath(int index) => index == 0 ? "" : $"page/{index + 1}/";

    private void AddSpecialPages(List<Page> pages)
    {
        if (Wanted("404.html"))
        {
            pages.Add(new Page("404.html", "404", View("404", "الصفحة غير موجودة", "404.html", null) with { NoIndex = true }));
        }
    }
}
