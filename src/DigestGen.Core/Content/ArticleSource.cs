namespace DigestGen.Content;

/// <summary>Where an article's source link points: the outlet and the original story.</summary>
public sealed record ArticleSource(string Name, string? Url);
