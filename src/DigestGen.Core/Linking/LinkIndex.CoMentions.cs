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

    /// <summary>
    /// serve, after an edit: when every article, place by place, mentions the same entities as in
    /// <paramref name="previous"/> (the usual edit, a sentence added or reworded), every entity's
    /// co-mentions are what they were, shared counts and weights alike (a weight's IDF counts articles
    /// per entity). The ones <paramref name="previous"/> counted are taken over, pointing at this
    /// index's entities (a name may have changed), instead of being counted again for every entity
    /// of api/entities.json. False, and nothing taken, when any article's entities differ.
    /// </summary>
    public bool CarryCoMentions(LinkIndex previous)
    {
        if (previous.Articles.Count != Articles.Count)
        {
            return false;
        }
        for (var i = 0; i < Articles.Count; i++)
        {
            var (now, before) = (Articles[i], previous.Articles[i]);
            if (!ReferenceEquals(now, before) && !now.Entities.Select(e => e.Id).SequenceEqual(before.Entities.Select(e => e.Id), StringComparer.Ordinal))
            {
                return false;
            }
        }
        foreach (var (id, list) in previous._coMentions)
        {
            // An index updated in place keeps the last one's entity summaries but for the edited articles' first
            // mentions: a list naming only kept summaries is shared as it is, not copied (2,044 lists per save at 10,000 articles).
            _coMentions.TryAdd(id, list.All(c => ReferenceEquals(c.Entity, Entities[c.Entity.Id]))
                ? list
                : [.. list.Select(c => c with { Entity = Entities[c.Entity.Id] })]);
        }
        return true;
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
        // The best `count` by weight, then shared articles, then id, kept in order as the touched
        // entities stream past: a big entity shares articles with most others, and sorting them all
        // (an object each) for twenty of them was most of api/entities.json's time after an edit.
        var best = new (int Entity, int Shared, double Weight)[Math.Max(count, 0)];
        var size = 0;
        foreach (var n in scratch.Touched)
        {
            var shared = (int)scratch.Scores[n];
            var weight = shared * numbers.Idfs[n];
            if (size == best.Length && (size == 0 || !Before(weight, shared, n, best[size - 1])))
            {
                continue;
            }
            var at = size < best.Length ? size++ : size - 1;
            for (; at > 0 && Before(weight, shared, n, best[at - 1]); at--)
            {
                best[at] = best[at - 1];
            }
            best[at] = (n, shared, weight);
        }
        var result = new List<CoMention>(size);
        for (var i = 0; i < size; i++)
        {
            result.Add(new CoMention(Entities[numbers.Ids[best[i].Entity]], best[i].Shared, best[i].Weight));
        }
        return result;
    }

    /// <summary>Whether a co-mention ranks before another: higher weight, then more shared articles, then the id (numbers follow the ids' order).</summary>
    private static bool Before(double weight, int shared, int entity, (int Entity, int Shared, double Weight) other) =>
        weight > other.Weight || (weight == other.Weight && (shared > other.Shared || (shared == other.Shared && entity < other.Entity)));

    private readonly ThreadLocal<RelatedScratch> _coMentionScratch = new(() => new RelatedScratch());
    private EntityNumbering? _entityNumbers;

    /// <summary>Entities numbered 0…n−1 in the ids' order, each one's <see cref="Idf"/>, and each article's entities as numbers, by article position.</summary>
    private sealed record EntityNumbering(Dictionary<string, int> ById, string[] Ids, double[] Idfs, int[][] ByArticle);

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
            var idfs = ids.Select(id => Idf(ArticlesByEntity[id].Count)).ToArray();
            var byArticle = Articles.Select(a => a.Entities.Select(e => byId[e.Id]).ToArray()).ToArray();
            Interlocked.CompareExchange(ref _entityNumbers, new EntityNumbering(byId, ids, idfs, byArticle), null);
        }
        return _entityNumbers;
    }
}
