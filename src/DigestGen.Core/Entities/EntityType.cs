namespace DigestGen.Entities;

public enum EntityType
{
    Person,
    Organization,
    Place,
    Product,
    Event,
    Other,
}
