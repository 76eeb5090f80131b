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
            var path = i == 0 ? "" : $"page/{i + 1}/";
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

    private void AddSpecialPages(List<Page> pages)
    {
        pages.Add(new Page("404.html", "404", View("404", "الصفحة غير موجودة", "404.html", null) with { NoIndex = true }));
    }
}
