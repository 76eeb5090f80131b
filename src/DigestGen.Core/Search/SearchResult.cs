namespace DigestGen.Search;

/// <summary>A matching article: its document number (newest first), site-relative path, title and score.</summary>
public sealed record SearchResult(int Document, string Path, string Title, int Score);
