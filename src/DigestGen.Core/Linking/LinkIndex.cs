using DigestGen.Diagnostics;
using DigestGen.Entities;
using DigestGen.Site;

namespace DigestGen.Linking;

/// <summary>
/// Inverted indexes over the articles: entity → articles, tag → articles, source → articles,
/// month → articles, plus the URL slugs of tags and sources. Built in one pass over the
/// articles (which arrive newest first), so every list is newest first.
/// </summary>
public sealed partial class LinkIndex
{
    public required IReadOnlyList<ArticleEntry> Articles { get; init; }
    public required IReadOnlyDictionary<string, EntitySummary> Entities { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<ArticleEntry>> ArticlesByEntity { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<ArticleEntry>> ArticlesByTag { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<ArticleEntry>> ArticlesBySource { get; init; }
    public required IReadOnlyDictionary<MonthKey, IReadOnlyList<ArticleEntry>> ArticlesByMonth { get; init; }

    /// <summary>Tag name → URL segment under <c>tags/</c>, unique even when two names slug alike.</summary>
    public required TaxonomySlugs TagSlugs { get; init; }

    /// <summary>Source name → URL segment under <c>sources/</c>.</summary>
    public required TaxonomySlugs SourceSlugs { get; init; }

    public required TimeZoneInfo Zone { get; init; }


    public static LinkIndex Build(IReadOnlyList<ArticleEntry> articles, Gazetteer gazetteer, TimeZoneInfo zone, DiagnosticBag diagnostics)
    {
        var byEntity = new Dictionary<string, List<ArticleEntry>>(StringComparer.Ordinal);
        var summaries = new Dictionary<string, EntitySummary>(StringComparer.Ordinal);
        var byTag = new Dictionary<string, List<ArticleEntry>>(StringComparer.Ordinal);
        var bySource = new Dictionary<string, List<ArticleEntry>>(StringComparer.Ordinal);
        var byMonth = new Dictionary<MonthKey, List<ArticleEntry>>();
        foreach (var article in articles)
        {
            foreach (var entity in article.Entities)
            {
                Add(byEntity, entity.Id, article);
                if (!summaries.ContainsKey(entity.Id))
                {
                    summaries[entity.Id] = Summarise(entity, gazetteer);
                }
            }
            foreach (var tag in article.Meta.Tags.Distinct(StringComparer.Ordinal))
            {
                Add(byTag, tag, article);
            }
            if (article.Meta.Source is { } source)
            {
                Add(bySource, source.Name, article);
            }
            Add(byMonth, MonthKey.Of(article.Meta.Date, zone), article);
        }
        return new LinkIndex
        {
            Articles = articles,
            Entities = summaries,
            ArticlesByEntity = Freeze(byEntity, StringComparer.Ordinal),
            ArticlesByTag = Freeze(byTag, StringComparer.Ordinal),
            ArticlesBySource = Freeze(bySource, StringComparer.Ordinal),
            ArticlesByMonth = Freeze(byMonth, EqualityComparer<MonthKey>.Default),
            TagSlugs = TaxonomySlugs.Assign("tag", byTag.Keys, diagnostics),
            SourceSlugs = TaxonomySlugs.Assign("source", bySource.Keys, diagnostics),
            Zone = zone,
        };
    }

    /// <summary>How many articles mention the entity (0 when none does).</summary>
    public int ArticleCount(string entityId) => ArticlesByEntity.TryGetValue(entityId, out var list) ? list.Count : 0;

    private static EntitySummary Summarise(FoundEntity entity, Gazetteer gazetteer)
    {
        var known = gazetteer.Find(entity.Id);
        return new EntitySummary(entity.Id, known?.Name ?? entity.Name, known?.Type ?? entity.Type, known is not null, known);
    }

    private static void Add<TKey>(Dictionary<TKey, List<ArticleEntry>> index, TKey key, ArticleEntry article)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        list.Add(article);
    }

    private static Dictionary<TKey, IReadOnlyList<ArticleEntry>> Freeze<TKey>(Dictionary<TKey, List<ArticleEntry>> index, IEqualityComparer<TKey> comparer)
        where TKey : notnull =>
        index.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<ArticleEntry>)kv.Value, comparer);
}
