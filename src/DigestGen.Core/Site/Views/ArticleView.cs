using DigestGen.Rendering;

namespace DigestGen.Site.Views;

public sealed record ArticleView(
    ArticleCard Card,
    RawHtml Body,
    string? Author,
    DateTimeOffset? Updated,
    IReadOnlyList<string> Corrections,
    IReadOnlyList<EntityGroup> EntityGroups,
    IReadOnlyList<ArticleCard> Related,
    ArticleCard? Previous,
    ArticleCard? Next,
    int WordCount,
    int ReadingMinutes);

public sealed record EntityGroup(string Type, string Label, IReadOnlyList<EntityLink> Entities);

public sealed record EntityLink(string Id, string Name, string Type, string Path, bool Verified, int Mentions, string? Description, int ArticleCount);
