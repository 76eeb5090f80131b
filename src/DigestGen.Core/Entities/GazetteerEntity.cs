namespace DigestGen.Entities;

/// <summary>An entity as an editor curated it in <c>content/entities/*.yml</c>.</summary>
public sealed record GazetteerEntity(
    string Id,
    string Name,
    EntityType Type,
    IReadOnlyList<string> Aliases,
    string? Description,
    EntityLinks Links,
    string SourcePath,
    int Line);
