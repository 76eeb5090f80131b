namespace DigestGen.Authoring;

/// <summary>What an editor asks <c>new</c> for; anything left null takes the digest's default.</summary>
public sealed record NewArticle
{
    public required string Title { get; init; }
    public string? Slug { get; init; }

    /// <summary>The article's date; null means now, in the digest's time zone.</summary>
    public DateTimeOffset? Date { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>null means the digest's <c>drafts_by_default</c> setting.</summary>
    public bool? Draft { get; init; }
}
