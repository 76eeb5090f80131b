using System.Buffers;

namespace DigestGen.Entities.Extraction;

/// <summary>Gives each group its public form: curated id or a stable unverified id, merged by id,
/// forced entities added, ignored ones dropped, in a deterministic order.</summary>
internal static class EntityAssembler
{
    private const int MaxCachedIds = 100_000;

    // Transliterating a name into its id builds several strings; a digest names the same entities in
    // article after article, so each name is transliterated once per process.
    private static readonly WordCache<string> Ids = new(MaxCachedIds);

    public static IReadOnlyList<FoundEntity> Assemble(List<EntityGroup> groups, Gazetteer gazetteer,
        IReadOnlyCollection<string> forcedIds, IReadOnlyCollection<string> ignoredIds)
    {
        // The first group of an id gathers the others' mentions in its own list: the groups are this
        // article's and are not read after assembly.
        var byId = new Dictionary<string, EntityGroup>(groups.Count, StringComparer.Ordinal);
        foreach (var g in groups)
        {
            var id = g.Curated?.Id ?? UnverifiedId(g.Key, gazetteer);
            if (byId.TryGetValue(id, out var existing))
            {
                existing.Mentions.AddRange(g.Mentions);
            }
            else
            {
                byId[id] = g;
            }
        }

        var result = new List<FoundEntity>(byId.Count + forcedIds.Count);
        foreach (var (id, group) in byId)
        {
            if (!ignoredIds.Contains(id))
            {
                result.Add(ToEntity(id, group));
            }
        }

        foreach (var id in forcedIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (!byId.ContainsKey(id) && !ignoredIds.Contains(id) && gazetteer.Find(id) is { } e)
            {
                result.Add(new FoundEntity(e.Id, e.Name, e.Type, true, []));
            }
        }

        // Ids are unique, so this order has no ties and an in-place sort gives what a stable one would.
        result.Sort(static (a, b) =>
        {
            var byStart = FirstStart(a).CompareTo(FirstStart(b));
            return byStart != 0 ? byStart : string.CompareOrdinal(a.Id, b.Id);
        });
        return result;
    }

    private static int FirstStart(FoundEntity e) => e.Mentions.Count > 0 ? e.Mentions[0].Start : int.MaxValue;

    private static FoundEntity ToEntity(string id, EntityGroup group)
    {
        var name = group.Curated?.Name ?? group.Name;
        return new FoundEntity(id, name, group.Type, group.Curated is not null, InTextOrder(group.Mentions));
    }

    /// <summary>
    /// The mentions by start, each span once (its first mention kept; equal starts stay in their order):
    /// what DistinctBy then OrderBy gave, without their set, buffers and iterators per entity. The sort
    /// keys carry the index, so they are unique and the unstable sort is a stable one.
    /// </summary>
    private static List<Mention> InTextOrder(List<Mention> mentions)
    {
        var n = mentions.Count;
        var keys = ArrayPool<long>.Shared.Rent(n);
        var items = ArrayPool<Mention>.Shared.Rent(n);
        for (var i = 0; i < n; i++)
        {
            keys[i] = ((long)mentions[i].Start << 32) | (uint)i;
            items[i] = mentions[i];
        }

        Array.Sort(keys, items, 0, n);
        var ordered = new List<Mention>(n);
        for (var i = 0; i < n; i++)
        {
            if (!SpanKept(ordered, items[i]))
            {
                ordered.Add(items[i]);
            }
        }

        ArrayPool<long>.Shared.Return(keys);
        ArrayPool<Mention>.Shared.Return(items, clearArray: true);
        return ordered;
    }

    // A repeat can only sit among the kept mentions of the same start, the last ones kept.
    private static bool SpanKept(List<Mention> ordered, Mention m)
    {
        for (var k = ordered.Count - 1; k >= 0 && ordered[k].Start == m.Start; k--)
        {
            if (ordered[k].Length == m.Length)
            {
                return true;
            }
        }

        return false;
    }

    // Unverified ids come from the normalised name, so the same name gets the same page in every
    // article; a hash suffix keeps them apart from a curated id they happen to spell.
    private static string UnverifiedId(string key, Gazetteer gazetteer)
    {
        if (!Ids.TryGetValue(key, out var id))
        {
            id = Ids.Add(key, EntityIds.ForUnverified(key));
        }

        return gazetteer.Find(id) is null ? id : id + "-" + EntityIds.ShortHash(key)[..4];
    }
}
