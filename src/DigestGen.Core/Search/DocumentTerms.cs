namespace DigestGen.Search;

/// <summary>What one article contributes to the index: its keys and entities, each with the fields they occur in.</summary>
internal sealed class DocumentTerms
{
    public Dictionary<string, int> Keys { get; } = new(StringComparer.Ordinal);
    public Dictionary<int, int> Entities { get; } = [];

    public void AddKey(string key, int field) => Keys[key] = Keys.GetValueOrDefault(key) | field;

    public void AddEntity(int entity, int field) => Entities[entity] = Entities.GetValueOrDefault(entity) | field;
}
