namespace DigestGen.Site.Views;

/// <summary>An article as lists show it (home, tags, entity pages, related).</summary>
public sealed record ArticleCard(
    string Title,
    string Path,
    DateTimeOffset Date,
    string Summary,
    string? Note,
    SourceLink? Source,
    IReadOnlyList<TagLink> Tags,
    string Lang,
    string Dir);

public sealed record SourceLink(string Name, string? Url, string Path);

public sealed record TagLink(string Name, string Path);
