namespace DigestGen.Content;

/// <summary>An article's front matter, typed and validated.</summary>
public sealed record FrontMatter
{
    public required string Title { get; init; }
    public required DateTimeOffset Date { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public string? Slug { get; init; }
    public string? Summary { get; init; }
    public string? Note { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public ArticleSource? Source { get; init; }
    public string? Author { get; init; }
    public string? Lang { get; init; }
    public bool Draft { get; init; }
    public IReadOnlyList<string> Entities { get; init; } = [];
    public IReadOnlyList<string> IgnoreEntities { get; init; } = [];
}
