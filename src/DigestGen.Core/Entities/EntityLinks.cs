namespace DigestGen.Entities;

public sealed record EntityLinks(string? Website = null, string? Wikipedia = null, string? Wikidata = null)
{
    public static readonly EntityLinks None = new();
}
