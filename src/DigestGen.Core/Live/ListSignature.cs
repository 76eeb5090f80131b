using DigestGen.Site;
using DigestGen.Site.Views;

namespace DigestGen.Live;

/// <summary>
/// What pages other than an article's own show of it: its card (title, date, summary, source,
/// tags…) on lists, related lists and its neighbours' pagers; per entity the id, name and type;
/// and on each entity's page the words around the entity's first mention.
/// </summary>
public static class ListSignature
{
    /// <summary>
    /// Null when an edit changes what lists show (every page must be re-planned); otherwise the
    /// entities whose snippet changed, whose pages listing the article must be rendered again
    /// besides the article's own page (none for most edits).
    /// </summary>
    public static IReadOnlyList<string>? ChangedSnippets(ArticleEntry before, ArticleEntry after, PagePlanner planner)
    {
        if (before.Slug != after.Slug || before.Meta.Date != after.Meta.Date || !SameCard(planner.NewCard(before), planner.NewCard(after)))
        {
            return null;
        }
        var was = Entities(before);
        var now = Entities(after);
        if (!was.Select(e => e.Identity).SequenceEqual(now.Select(e => e.Identity)))
        {
            return null;
        }
        return was.Zip(now).Where(p => p.First.Snippet != p.Second.Snippet).Select(p => p.First.Identity.Id).ToList();
    }

    private static bool SameCard(ArticleCard a, ArticleCard b) =>
        a with { Tags = [] } == b with { Tags = [] } && a.Tags.SequenceEqual(b.Tags);

    private static List<((string Id, string Name, Entities.EntityType Type) Identity, Snippet? Snippet)> Entities(ArticleEntry a) =>
        a.Entities
            .Select(e => ((e.Id, e.Name, e.Type), e.Mentions.Count > 0 ? Snippets.Around(a.Body.PlainText, e.Mentions[0].Start, e.Mentions[0].Length) : null))
            .OrderBy(e => e.Item1.Id, StringComparer.Ordinal)
            .ToList();
}
