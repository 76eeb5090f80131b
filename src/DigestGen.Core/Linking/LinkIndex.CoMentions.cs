namespace DigestGen.Linking;

public sealed partial class LinkIndex
{
    /// <summary>
    /// The entities most often mentioned in the same articles as <paramref name="entityId"/>:
    /// walks only that entity's posting list. Weight = shared articles × IDF of the other
    /// entity, so a name in every story does not top every list.
    /// </summary>
    public IReadOnlyList<CoMention> CoMentionsOf(string entityId, int count)
    {
        if (!ArticlesByEntity.TryGetValue(entityId, out var articles))
        {
            return [];
        }
        var shared = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var other in article.Entities)
            {
                if (other.Id != entityId)
                {
                    shared[other.Id] = shared.GetValueOrDefault(other.Id) + 1;
                }
            }
        }
        return shared
            .Select(kv => new CoMention(Entities[kv.Key], kv.Value, kv.Value * Idf(ArticleCount(kv.Key))))
            .OrderByDescending(c => c.Weight)
            .ThenByDescending(c => c.SharedArticles)
            .ThenBy(c => c.Entity.Id, StringComparer.Ordinal)
            .Take(count)
            .ToList();
    }
}
