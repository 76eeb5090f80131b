namespace DigestGen.Search;

/// <summary>A gazetteer entity in the index: its id and display name; its name keys and postings live beside it.</summary>
public sealed record SearchEntity(string Id, string Name);
