using DigestGen.Site;
using DigestGen.Site.Views;

namespace DigestGen.Live;

/// <summary>
/// Everything about an article that pages other than its own show: its card (title, date,
/// summary, source, tags…) on lists, related lists and its neighbours' pagers, and per entity
/// the id, name, type and the snippet around its first mention on entity pages. Two equal
/// signatures mean an edit can change the article's own page, the feeds and the data files, and
/// nothing else.
/// </summary>
public static class ListSignature
{
    public static bool Same(ArticleEntry before, ArticleEntry after, PagePlanner planner) =>
        before.Slug == after.Slug
        && before.Meta.Date == after.Meta.Date
        && SameCard(planner.NewCard(before), planner.NewCard(after))
        && Entities(before).SequenceEqual(Entities(after));

    private static bool SameCard(ArticleCard a, ArticleCard b) =>
        a with { Tags = [] } == b with { Tags = [] } && a.Tags.SequenceEqual(b.Tags);

    private static IEnumerable<(string Id, string Name, Entities.EntityType Type, Snippet? Snippet)> Entities(ArticleEntry a) =>
        a.Entities
            .Select(e => (e.Id, e.Name, e.Type, e.Mentions.Count > 0 ? Snippets.Around(a.Body.PlainText, e.Mentions[0].Start, e.Mentions[0].Length) : null))
            .OrderBy(e => e.Id, StringComparer.Ordinal);
}
