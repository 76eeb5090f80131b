using DigestGen.Entities;

namespace DigestGen.Site;

/// <summary>The Arabic names of entity types: singular for a card, plural for a group heading.</summary>
public static class EntityTypeLabels
{
    public static string Singular(EntityType type) => type switch
    {
        EntityType.Person => "شخص",
        EntityType.Organization => "مؤسسة",
        EntityType.Place => "مكان",
        EntityType.Product => "منتج",
        EntityType.Event => "حدث",
        _ => "كيان آخر",
    };

    public static string Plural(EntityType type) => type switch
    {
        EntityType.Person => "أشخاص",
        EntityType.Organization => "مؤسسات",
        EntityType.Place => "أماكن",
        EntityType.Product => "منتجات",
        EntityType.Event => "أحداث",
        _ => "أخرى",
    };

    /// <summary>Site-relative path of the page listing every entity of a type.</summary>
    public static string PathOf(EntityType type) => $"entities/type/{type.ToName()}/";
}
