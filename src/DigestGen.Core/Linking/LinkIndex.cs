using DigestGen.Entities;
using DigestGen.Site;

namespace DigestGen.Linking;

/// <summary>
/// Inverted indexes over the articles: entity → articles, tag → articles, source → articles,
/// month → articles. Built in one pass; every list is newest first.
/// </summary>
public sealed class LinkIndex
{
    public required IReadOnlyDictionary<string, EntitySummary> Entities { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<ArticleEntry>> ArticlesByEntity { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<ArticleEntry>> ArticlesByTag { get; init; }

    public static LinkIndex Build(IReadOnlyList<ArticleEntry> articles, Gazetteer gazetteer)
    {
        var byEntity = new Dictionary<string, List<ArticleEntry>>(StringComparer.Ordinal);
        var summaries = new Dictionary<string, EntitySummary>(StringComparer.Ordinal);
        var byTag = new Dictionary<string, List<ArticleEntry>>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var entity in article.Entities)
            {
                Add(byEntity, entity.Id, article);
                if (!summaries.ContainsKey(entity.Id))
                {
                    var known = gazetteer.Find(entity.Id);
                    summaries[entity.Id] = new EntitySummary(entity.Id, known?.Name ?? entity.Name, known?.Type ?? entity.Type, known is not null, known);
                }
            }
            foreach (var tag in article.Meta.Tags)
            {
                Add(byTag, tag, article);
            }
        }
        return new LinkIndex
        {
            Entities = summaries,
            ArticlesByEntity = byEntity.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<ArticleEntry>)kv.Value, StringComparer.Ordinal),
            ArticlesByTag = byTag.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<ArticleEntry>)kv.Value, StringComparer.Ordinal),
        };
    }

    /// <summary>Articles sharing the most entities and tags with <paramref name="article"/>, newest first on ties.</summary>
    public IReadOnlyList<ArticleEntry> RelatedTo(ArticleEntry article, int count)
    {
        var scores = new Dictionary<ArticleEntry, int>();
        foreach (var list in article.Entities.Select(e => ArticlesByEntity.GetValueOrDefault(e.Id))
                     .Concat(article.Meta.Tags.Select(t => ArticlesByTag.GetValueOrDefault(t))))
        {
            foreach (var other in list ?? [])
            {
                if (!ReferenceEquals(other, article))
                {
                    scores[other] = scores.GetValueOrDefault(other) + 1;
                }
            }
        }
        return scores.OrderByDescending(kv => kv.Value).ThenByDescending(kv => kv.Key.Meta.Date).ThenBy(kv => kv.Key.Slug, StringComparer.Ordinal)
            .Take(count).Select(kv => kv.Key).ToList();
    }

    private static void Add(Dictionary<string, List<ArticleEntry>> index, string key, ArticleEntry article)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        list.Add(article);
    }
}
