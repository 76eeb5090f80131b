using DigestGen.Content;

namespace DigestGen.Authoring;

/// <summary>An article a build leaves out unless asked: a draft, or dated after "now".</summary>
public sealed record Unpublished(Article Article, UnpublishedReason Reason)
{
    /// <summary>
    /// The articles a default build leaves out, oldest first; a scheduled draft counts as a draft.
    /// <c>check</c> lists them; <c>build</c> uses the same rule through <see cref="IsPublished"/>.
    /// </summary>
    public static IReadOnlyList<Unpublished> Find(IEnumerable<Article> articles, DateTimeOffset now) =>
        articles
            .Select(a => a.Meta.Draft ? new Unpublished(a, UnpublishedReason.Draft)
                : a.Meta.Date > now ? new Unpublished(a, UnpublishedReason.Scheduled) : null)
            .OfType<Unpublished>()
            .OrderBy(u => u.Article.Meta.Date)
            .ThenBy(u => u.Article.SourcePath, StringComparer.Ordinal)
            .ToList();

    public static bool IsPublished(Article article, DateTimeOffset now, bool includeDrafts, bool includeFuture) =>
        (includeDrafts || !article.Meta.Draft) && (includeFuture || article.Meta.Date <= now);

    public override string ToString() => Reason == UnpublishedReason.Draft
        ? $"{Article.SourcePath}: draft"
        : $"{Article.SourcePath}: scheduled for {FrontMatterText.Date(Article.Meta.Date)}";
}
