namespace DigestGen.Entities;

/// <summary>The lower-case names used in YAML, JSON and CSS classes.</summary>
public static class EntityTypes
{
    public static string ToName(this EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organization",
        EntityType.Place => "place",
        EntityType.Product => "product",
        EntityType.Event => "event",
        _ => "other",
    };

    public static bool TryParse(string? name, out EntityType type)
    {
        type = (name ?? "").Trim().ToLowerInvariant() switch
        {
            "person" => EntityType.Person,
            "organization" or "organisation" => EntityType.Organization,
            "place" => EntityType.Place,
            "product" => EntityType.Product,
            "event" => EntityType.Event,
            "other" => EntityType.Other,
            _ => (EntityType)(-1),
        };
        return Enum.IsDefined(type);
    }

    public static readonly IReadOnlyList<EntityType> All =
        [EntityType.Person, EntityType.Organization, EntityType.Place, EntityType.Product, EntityType.Event, EntityType.Other];
}
