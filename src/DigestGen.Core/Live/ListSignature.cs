using DigestGen.Site;
using DigestGen.Site.Views;

namespace DigestGen.Live;

/// <summary>What an edit to an article changed beyond its own page, when no list changed.</summary>
/// <param name="Card">The card's text (title, summary, note, language): every page showing the card.</param>
/// <param name="Snippets">Entities whose snippet (the words around the first mention) changed: their page listing the article.</param>
public sealed record ListImpact(bool Card, IReadOnlyList<string> Snippets);

/// <summary>
/// What pages other than an article's own show of it: its card on lists, related lists and its
/// neighbours' pagers; which lists it is on (position by date and slug, tags, source, entities
/// with their names and types); and on each entity's page the words around the first mention.
/// </summary>
public static class ListSignature
{
    /// <summary>Null when the edit changes which lists the article is on, or where (every page must be re-planned).</summary>
    public static ListImpact? Compare(ArticleEntry before, ArticleEntry after, PagePlanner planner)
    {
        var (was, now) = (planner.NewCard(before), planner.NewCard(after));
        if (before.Slug != after.Slug || before.Meta.Date != after.Meta.Date || was.Source != now.Source || !was.Tags.SequenceEqual(now.Tags))
        {
            return null;
        }
        var entitiesBefore = Entities(before);
        var entitiesAfter = Entities(after);
        if (!entitiesBefore.Select(e => e.Identity).SequenceEqual(entitiesAfter.Select(e => e.Identity)))
        {
            return null;
        }
        var snippets = entitiesBefore.Zip(entitiesAfter).Where(p => p.First.Snippet != p.Second.Snippet).Select(p => p.First.Identity.Id).ToList();
        return new ListImpact(was with { Tags = now.Tags } != now, snippets);
    }

    private static List<((string Id, string Name, Entities.EntityType Type) Identity, Snippet? Snippet)> Entities(ArticleEntry a) =>
        a.Entities
            .Select(e => ((e.Id, e.Name, e.Type), e.Mentions.Count > 0 ? Snippets.Around(a.Body.PlainText, e.Mentions[0].Start, e.Mentions[0].Length) : null))
            .OrderBy(e => e.Item1.Id, StringComparer.Ordinal)
            .ToList();
}
