using DigestGen.Entities;
using DigestGen.Site;

namespace DigestGen.Linking;

public sealed partial class LinkIndex
{
    /// <summary>
    /// The index after edits that left every edited article where it was and on the lists it was on
    /// (the same entities, tags and source, the same date and slug): <paramref name="previous"/>
    /// with each edited entry put in place of its old one, list by list, so a sentence edited in
    /// <c>serve</c> costs the lists of one article, not a pass over the archive (on a big heap that
    /// pass, and the garbage it left, was the slowest step between a save and its page). Lists no
    /// edit touches are shared with <paramref name="previous"/>, which is not changed. Null when an
    /// edit moved an article or changed its lists: <see cref="Build"/> then indexes from scratch.
    /// </summary>
    /// <param name="articles">All articles after the edits, newest first.</param>
    /// <param name="edits">Each edited article's old entry and its new one.</param>
    public static LinkIndex? Update(LinkIndex previous, IReadOnlyList<ArticleEntry> articles,
        IEnumerable<(ArticleEntry Before, ArticleEntry After)> edits, Gazetteer gazetteer)
    {
        // Entries are told apart by reference: as records they compare (and hash) their whole text.
        var replaced = new Dictionary<ArticleEntry, ArticleEntry>(ReferenceEqualityComparer.Instance);
        foreach (var (before, after) in edits)
        {
            replaced[before] = after;
        }
        if (articles.Count != previous.Articles.Count || replaced.Count == 0)
        {
            return null;
        }
        foreach (var (before, after) in replaced)
        {
            if (!OnTheSameLists(before, after))
            {
                return null;
            }
        }
        for (var i = 0; i < articles.Count; i++)
        {
            var was = previous.Articles[i];
            if (!ReferenceEquals(articles[i], was) && !(replaced.TryGetValue(was, out var now) && ReferenceEquals(now, articles[i])))
            {
                return null; // an article moved, or one not listed as edited changed
            }
        }

        var entities = new HashSet<string>(StringComparer.Ordinal);
        var tags = new HashSet<string>(StringComparer.Ordinal);
        var sources = new HashSet<string>(StringComparer.Ordinal);
        var months = new HashSet<MonthKey>();
        foreach (var after in replaced.Values)
        {
            entities.UnionWith(after.Entities.Select(e => e.Id));
            tags.UnionWith(after.Meta.Tags);
            if (after.Meta.Source is { } source)
            {
                sources.Add(source.Name);
            }
            months.Add(MonthKey.Of(after.Meta.Date, previous.Zone));
        }

        // An entity is named after the newest article mentioning it (see Build): when that is an edited one, its summary is made again.
        var summaries = new Dictionary<string, EntitySummary>(previous.Entities, StringComparer.Ordinal);
        foreach (var after in replaced.Values)
        {
            foreach (var entity in after.Entities)
            {
                if (replaced.TryGetValue(previous.ArticlesByEntity[entity.Id][0], out var newest) && ReferenceEquals(newest, after))
                {
                    summaries[entity.Id] = Summarise(entity, gazetteer);
                }
            }
        }

        var updated = new LinkIndex
        {
            Articles = articles,
            Entities = summaries,
            ArticlesByEntity = Replace(previous.ArticlesByEntity, entities, replaced, StringComparer.Ordinal),
            ArticlesByTag = Replace(previous.ArticlesByTag, tags, replaced, StringComparer.Ordinal),
            ArticlesBySource = Replace(previous.ArticlesBySource, sources, replaced, StringComparer.Ordinal),
            ArticlesByMonth = Replace(previous.ArticlesByMonth, months, replaced, EqualityComparer<MonthKey>.Default),
            TagSlugs = previous.TagSlugs,
            SourceSlugs = previous.SourceSlugs,
            Zone = previous.Zone,
        };
        updated.CarryPositions(previous, replaced);
        return updated;
    }

    /// <summary>
    /// Takes over what <paramref name="previous"/> worked out from its articles' positions and dates, which an
    /// edit that keeps every article in its place leaves as they were: each article's position (the edited
    /// entries put in place of the old), the positions of each list no edit touched, each article's month and
    /// recency. At 30,000 articles, working them out again on the first related list, card and timeline of
    /// the new index was about 17 ms of each edit in <c>serve</c> (a profile of the server).
    /// </summary>
    private void CarryPositions(LinkIndex previous, Dictionary<ArticleEntry, ArticleEntry> replaced)
    {
        if (previous._positions is { } positions)
        {
            var carried = new Dictionary<ArticleEntry, int>(positions, ReferenceEqualityComparer.Instance);
            foreach (var (before, after) in replaced)
            {
                carried.Remove(before);
                carried[after] = positions[before];
            }
            _positions = carried;
        }
        if (!previous._postingPositions.IsEmpty)
        {
            // Only entity and tag lists are scored by position. Lists are keyed by reference: a list an edit
            // touched is a new list here and is worked out again when asked for.
            foreach (var lists in new[] { ArticlesByEntity.Values, ArticlesByTag.Values })
            {
                foreach (var list in lists)
                {
                    if (previous._postingPositions.TryGetValue(list, out var at))
                    {
                        _postingPositions.TryAdd(list, at);
                    }
                }
            }
        }
        _articleMonths = previous._articleMonths;
        _recencyFactors = previous._recencyFactors;
    }

    /// <summary>Whether the edited article is on exactly the lists the old one was on, at the same place among them
    /// (the same date puts it in the same month too).</summary>
    private static bool OnTheSameLists(ArticleEntry before, ArticleEntry after) =>
        before.Meta.Date == after.Meta.Date
        && string.Equals(before.Slug, after.Slug, StringComparison.Ordinal)
        && string.Equals(before.Meta.Source?.Name, after.Meta.Source?.Name, StringComparison.Ordinal)
        && SameSet(before.Entities.Select(e => e.Id), after.Entities.Select(e => e.Id))
        && SameSet(before.Meta.Tags, after.Meta.Tags);

    private static bool SameSet(IEnumerable<string> a, IEnumerable<string> b) =>
        new HashSet<string>(a, StringComparer.Ordinal).SetEquals(b);

    /// <summary>A copy of <paramref name="index"/> whose lists under <paramref name="keys"/> are new copies with the edited entries in place.</summary>
    private static Dictionary<TKey, IReadOnlyList<ArticleEntry>> Replace<TKey>(IReadOnlyDictionary<TKey, IReadOnlyList<ArticleEntry>> index,
        IEnumerable<TKey> keys, IReadOnlyDictionary<ArticleEntry, ArticleEntry> replaced, IEqualityComparer<TKey> comparer)
        where TKey : notnull
    {
        var copy = new Dictionary<TKey, IReadOnlyList<ArticleEntry>>(index, comparer);
        foreach (var key in keys)
        {
            var list = new List<ArticleEntry>(index[key]);
            var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list);
            for (var i = 0; i < span.Length; i++)
            {
                if (replaced.TryGetValue(span[i], out var now))
                {
                    span[i] = now;
                }
            }
            copy[key] = list;
        }
        return copy;
    }
}
