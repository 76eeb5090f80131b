namespace DigestGen.Search;

/// <summary>An article as search results show it: site-relative path, title, ISO date, summary for the snippet.</summary>
public sealed record SearchDocument(string Path, string Title, string Date, string Summary);
