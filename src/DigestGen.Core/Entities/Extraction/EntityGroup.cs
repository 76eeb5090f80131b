namespace DigestGen.Entities.Extraction;

/// <summary>All mentions in one article that resolved to one entity, with the type votes they cast.</summary>
internal sealed class EntityGroup(string key, string name, GazetteerEntity? curated)
{
    private readonly float[] _votes = new float[EntityTypes.All.Count];

    public string Key { get; } = key;

    public string Name { get; } = name;

    public GazetteerEntity? Curated { get; } = curated;

    public List<Mention> Mentions { get; } = [];

    public void Vote(EntityType type, float weight) => _votes[(int)type] += weight;

    /// <summary>The curated type, else the best-voted one (ties go to the earlier type in the enum).</summary>
    public EntityType Type
    {
        get
        {
            if (Curated is not null)
            {
                return Curated.Type;
            }

            var best = 0;
            for (var t = 1; t < _votes.Length; t++)
            {
                if (_votes[t] > _votes[best])
                {
                    best = t;
                }
            }

            return (EntityType)best;
        }
    }
}
