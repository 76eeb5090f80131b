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
    string Dir)
{
    /// <summary>By path alone: equal cards have equal paths, and <c>include_cached</c> looks a card up for every
    /// list item that shows it, where hashing its title and summary each time was a cost of its own.</summary>
    public override int GetHashCode() => Path.GetHashCode();
}

public sealed record SourceLink(string Name, string? Url, string Path);

public sealed record TagLink(string Name, string Path);
