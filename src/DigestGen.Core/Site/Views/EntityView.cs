using System.Text.Json.Serialization;
using DigestGen.Entities;

namespace DigestGen.Site.Views;

public sealed record EntityView(
    EntityLink Entity,
    IReadOnlyList<string> Aliases,
    EntityLinks Links,
    IReadOnlyList<EntityMentionItem> Articles,
    Pager Pager,
    IReadOnlyList<CoMentionLink> CoMentions,
    TimelineView? Timeline);

/// <summary>
/// An article on an entity's page, with the sentence around the first mention. The snippet is cut
/// from the article's text each time it is read, not held: an archive's entity pages list hundreds of
/// thousands of mentions, and a plan holding every snippet at once cost a third of a build's memory.
/// The body is read only then too: after an edit, a deferred body (see <see cref="Markdown.RenderedBody.Deferred"/>)
/// is rendered only for an entity page that is rendered again.
/// </summary>
/// <param name="TextKey">The article's content hash: with the mention's place, all the snippet depends on.</param>
public sealed class EntityMentionItem(ArticleCard card, Markdown.RenderedBody body, string textKey, int start, int length)
{
    public ArticleCard Card { get; } = card;

    /// <summary>What the snippet is cut from (with <see cref="Start"/> and <see cref="Length"/>): a page
    /// fingerprint reads these three rather than cutting every snippet a second time.</summary>
    public string TextKey { get; } = textKey;

    public int Start => start;

    public int Length => length;

    [JsonIgnore]
    public Snippet? Snippet => Snippets.Around(body.PlainText, start, length);
}

/// <summary>Text around a mention; the template wraps <see cref="Mark"/> in &lt;mark&gt;. Every part is escaped.</summary>
public sealed record Snippet(string Before, string Mark, string After);

public sealed record CoMentionLink(EntityLink Entity, int SharedArticles);

/// <summary>The entities index (all of them grouped by type) or one type's page.</summary>
public sealed record EntityIndexView(IReadOnlyList<EntityTypeGroup> Groups, int Total);

public sealed record EntityTypeGroup(string Type, string Label, string Path, IReadOnlyList<EntityLink> Entities);
