using DigestGen.Site.Views;

namespace DigestGen.Site;

public sealed partial class PagePlanner
{
    /// <summary>Site-relative path of page <paramref name="number"/> of a list rooted at <paramref name="root"/>: the root itself, then <c>root/page/N/</c>.</summary>
    internal static string PagePath(string root, int number) => number <= 1 ? root : $"{root}page/{number}/";

    /// <summary>
    /// Splits a list into pages of <c>page_size</c>; an empty list still gets its first page so
    /// its URL exists. Calls <paramref name="add"/> with each wanted page's path, items and pager.
    /// </summary>
    private void Paginate<T>(string root, IReadOnlyList<T> items, Action<string, IReadOnlyList<T>, Pager> add)
    {
        var chunks = items.Chunk(Config.PageSize).ToList();
        if (chunks.Count == 0)
        {
            chunks.Add([]);
        }
        for (var i = 0; i < chunks.Count; i++)
        {
            var number = i + 1;
            if (!Wanted(PagePath(root, number) + "index.html"))
            {
                continue;
            }
            var pager = new Pager(number, chunks.Count,
                number > 1 ? PagePath(root, number - 1) : null,
                number < chunks.Count ? PagePath(root, number + 1) : null);
            add(PagePath(root, number), chunks[i], pager);
        }
    }

    /// <summary>" — صفحة N" after a list's title from its second page on.</summary>
    private static string PageSuffix(Pager pager) => pager.Number > 1 ? $" — صفحة {pager.Number}" : "";
}
