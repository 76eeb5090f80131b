using System.Text.Json.Serialization;
using DigestGen.Rendering;

namespace DigestGen.Site.Views;

/// <param name="Annotate">Makes the body with its mentions linked. Called when the page is rendered, so
/// no annotated body is held in memory between planning and writing, and a page reused from the
/// previous build is never annotated at all.</param>
/// <param name="BodyKey">What the annotated body depends on besides settings and extraction, which
/// the page cache keys separately: the article's content hash. The page fingerprint uses it.</param>
public sealed record ArticleView(
    ArticleCard Card,
    [property: JsonIgnore] Func<StreamedHtml> Annotate,
    string BodyKey,
    string? Author,
    DateTimeOffset? Updated,
    IReadOnlyList<CorrectionNote> Corrections,
    IReadOnlyList<EntityGroup> EntityGroups,
    IReadOnlyList<ArticleCard> Related,
    ArticleCard? Previous,
    ArticleCard? Next,
    int WordCount,
    int ReadingMinutes)
{
    [JsonIgnore]
    public StreamedHtml Body => Annotate();

    /// <summary>Every entity of the article once, for the hover cards the mention links point at. Derived from
    /// <see cref="EntityGroups"/>, so page fingerprints skip it.</summary>
    [JsonIgnore]
    public IReadOnlyList<EntityLink> EntityCards => EntityGroups.SelectMany(g => g.Entities).ToList();
}

/// <summary>An editor's <c>::: correction</c>, listed in the article header; dated by the article's <c>updated</c> when given.</summary>
public sealed record CorrectionNote(string Text, DateTimeOffset? Date);

public sealed record EntityGroup(string Type, string Label, IReadOnlyList<EntityLink> Entities);

/// <summary>An entity as a link, a hover card or a list item shows it.</summary>
/// <param name="ArticleCountText">"ورد في …": the article count as a phrase, for hover cards.</param>
public sealed record EntityLink(
    string Id,
    string Name,
    string Type,
    string TypeLabel,
    string Path,
    bool Verified,
    int Mentions,
    string? Description,
    int ArticleCount,
    string ArticleCountText)
{
    /// <summary>The id of the entity's hover card on an article page (<c>aria-describedby</c> of each mention link).</summary>
    /// <remarks>Made once with the link and kept by <c>with</c> (no code makes a link with another id that way):
    /// made at every read, it was a new string for each of the 400,000 links a build's page fingerprints write.</remarks>
    public string CardId { get; } = "entity-card-" + Id;

    private readonly EntityLink? _card;

    /// <summary>The entity without this article's mention count: what its hover card and list item show, the
    /// same on every page, so one rendering serves them all (<c>include_cached</c> compares by value). The
    /// planner hands over the link it shares across the plan, so a card is not a new copy at every read.</summary>
    [JsonIgnore]
    public EntityLink Card
    {
        get => Mentions == 0 ? this : _card ?? this with { Mentions = 0 };
        init => _card = value is { Mentions: 0 } && value.Id == Id ? value : throw new ArgumentException("a card is the same entity without a mention count", nameof(value));
    }

    /// <summary>By id alone: equal links have equal ids, and <c>include_cached</c> looks a card up on every page
    /// that shows it, where hashing every text of it (its description too) was a cost of its own.</summary>
    public override int GetHashCode() => Id.GetHashCode();
}
