namespace DigestGen.Linking;

public sealed partial class LinkIndex
{
    /// <summary>
    /// The entities most often mentioned in the same articles as <paramref name="entityId"/>:
    /// walks only that entity's posting list, counting in a per-thread array indexed by entity
    /// number (every entity page asks, so this runs for every pair of entities in every article).
    /// Weight = shared articles × IDF of the other entity, so a name in every story does not top
    /// every list.
    /// </summary>
    public IReadOnlyList<CoMention> CoMentionsOf(string entityId, int count)
    {
        // Entity pages ask for 10 and api/entities.json for 20: the best 20 are counted once and both read a prefix (the order is total).
        var best = count <= RememberedCoMentions
            ? _coMentions.GetOrAdd(entityId, id => CountCoMentions(id, RememberedCoMentions))
            : CountCoMentions(entityId, count);
        return best.Count <= count ? best : best.Take(count).ToList();
    }

    private const int RememberedCoMentions = 20;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<CoMention>> _coMentions = new(StringComparer.Ordinal);

    private IReadOnlyList<CoMention> CountCoMentions(string entityId, int count)
    {
        if (!ArticlesByEntity.TryGetValue(entityId, out var articles))
        {
            return [];
        }
        var numbers = EntityNumbers();
        var self = numbers.ById[entityId];
        var scratch = _coMentionScratch.Value!;
        scratch.Reset(numbers.Ids.Length);
        foreach (var p in PositionsOf(articles))
        {
            foreach (var other in numbers.ByArticle[p])
            {
                if (other != self)
                {
                    scratch.Add(other, 1);
                }
            }
        }
        return scratch.Touched
            .Select(n => (Id: numbers.Ids[n], Shared: (int)scratch.Scores[n]))
            .Select(c => new CoMention(Entities[c.Id], c.Shared, c.Shared * Idf(ArticleCount(c.Id))))
            .OrderByDescending(c => c.Weight)
            .ThenByDescending(c => c.SharedArticles)
            .ThenBy(c => c.Entity.Id, StringComparer.Ordinal)
            .Take(count)
            .ToList();
    }

    private readonly ThreadLocal<RelatedScratch> _coMentionScratch = new(() => new RelatedScratch());
    private EntityNumbering? _entityNumbers;

    /// <summary>Entities numbered 0…n−1, and each article's entities as numbers, by article position.</summary>
    private sealed record EntityNumbering(Dictionary<string, int> ById, string[] Ids, int[][] ByArticle);

    private EntityNumbering EntityNumbers()
    {
        if (_entityNumbers is null)
        {
            var ids = ArticlesByEntity.Keys.Order(StringComparer.Ordinal).ToArray();
            var byId = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
            for (var i = 0; i < ids.Length; i++)
            {
                byId[ids[i]] = i;
            }
            var byArticle = Articles.Select(a => a.Entities.Select(e => byId[e.Id]).ToArray()).ToArray();
            Interlocked.CompareExchange(ref _entityNumbers, new EntityNumbering(byId, ids, byArticle), null);
        }
        return _entityNumbers;
    }
}
