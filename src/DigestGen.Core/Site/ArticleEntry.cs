using DigestGen.Content;
using DigestGen.Entities;
using DigestGen.Markdown;

namespace DigestGen.Site;

/// <summary>An article after every content stage: loaded, rendered from Markdown, enriched with entities.</summary>
public sealed record ArticleEntry(Article Article, RenderedBody Body, IReadOnlyList<FoundEntity> Entities)
{
    public string Slug => Article.Slug;
    public FrontMatter Meta => Article.Meta;

    /// <summary>Site-relative path of the article's page, e.g. <c>articles/qwen3-release/</c>.</summary>
    public string Path => $"articles/{Slug}/";

    public string Summary => Meta.Summary ?? Body.Excerpt;
}
