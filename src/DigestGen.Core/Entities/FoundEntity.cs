namespace DigestGen.Entities;

/// <summary>
/// An entity found in one article with all its mentions there. <see cref="Verified"/> is true
/// when it resolved to a gazetteer entry; otherwise the id is derived from the name, stable
/// across builds, so its page keeps its URL.
/// </summary>
public sealed record FoundEntity(
    string Id,
    string Name,
    EntityType Type,
    bool Verified,
    IReadOnlyList<Mention> Mentions);
