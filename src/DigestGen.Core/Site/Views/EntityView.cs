using DigestGen.Entities;

namespace DigestGen.Site.Views;

public sealed record EntityView(
    string Id,
    string Name,
    string Type,
    bool Verified,
    IReadOnlyList<string> Aliases,
    string? Description,
    EntityLinks Links,
    IReadOnlyList<ArticleCard> Articles);

public sealed record EntityIndexView(IReadOnlyList<EntityLink> Entities);
