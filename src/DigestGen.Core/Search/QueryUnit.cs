namespace DigestGen.Search;

/// <summary>One part of a query every result must satisfy: a name (its entities), a whole word, or an unfinished last word.</summary>
public sealed record QueryUnit(QueryUnitKind Kind, string Word, IReadOnlyList<int> Entities);

public enum QueryUnitKind
{
    Entity,
    Word,
    Prefix,
}
