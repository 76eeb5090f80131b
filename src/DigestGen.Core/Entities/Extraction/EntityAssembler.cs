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
        var byId = new Dictionary<string, (EntityGroup Group, List<Mention> Mentions)>(StringComparer.Ordinal);
        foreach (var g in groups)
        {
            var id = g.Curated?.Id ?? UnverifiedId(g.Key, gazetteer);
            if (byId.TryGetValue(id, out var existing))
            {
                existing.Mentions.AddRange(g.Mentions);
            }
            else
            {
                byId[id] = (g, g.Mentions.ToList());
            }
        }

        var result = byId.Where(kv => !ignoredIds.Contains(kv.Key))
            .Select(kv => ToEntity(kv.Key, kv.Value.Group, kv.Value.Mentions))
            .ToList();
        foreach (var id in forcedIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (!byId.ContainsKey(id) && !ignoredIds.Contains(id) && gazetteer.Find(id) is { } e)
            {
                result.Add(new FoundEntity(e.Id, e.Name, e.Type, true, []));
            }
        }

        return result.OrderBy(e => e.Mentions.Count > 0 ? e.Mentions[0].Start : int.MaxValue)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static FoundEntity ToEntity(string id, EntityGroup group, List<Mention> mentions)
    {
        var ordered = mentions.DistinctBy(m => (m.Start, m.Length)).OrderBy(m => m.Start).ToList();
        var name = group.Curated?.Name ?? group.Name;
        return new FoundEntity(id, name, group.Type, group.Curated is not null, ordered);
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
