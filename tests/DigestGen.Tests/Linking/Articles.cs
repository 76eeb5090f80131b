using DigestGen.Content;
using DigestGen.Entities;
using DigestGen.Markdown;
using DigestGen.Site;

namespace DigestGen.Tests.Linking;

/// <summary>Articles made in memory for the index tests: a slug, a day, entity ids and tags.</summary>
internal static class Articles
{
    public static ArticleEntry Make(string slug, int day, string[] entities, string[]? tags = null, string? source = null)
    {
        var meta = new FrontMatter
        {
            Title = slug,
            Date = new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero).AddDays(day),
            Tags = tags ?? [],
            Source = source is null ? null : new ArticleSource(source, null),
        };
        var article = new Article($"{slug}.md", $"{slug}.md", slug, meta, "", 1, slug);
        var found = entities.Select(id => new FoundEntity(id, id, EntityType.Organization, true, [new Mention(id, 0, id.Length)])).ToList();
        return new ArticleEntry(article, new RenderedBody("", "", "", [], 0), found);
    }

    /// <summary>Newest first, as the content loader orders them.</summary>
    public static IReadOnlyList<ArticleEntry> Newest(params ArticleEntry[] articles) =>
        articles.OrderByDescending(a => a.Meta.Date).ToList();
}
