using DigestGen.Content;
using DigestGen.Entities;

namespace DigestGen.Build;

/// <summary>What the content folder holds once read: the settings, the gazetteer and the articles.</summary>
public sealed record ContentSet(DigestConfig Config, Gazetteer Gazetteer, IReadOnlyList<Article> Articles)
{
    /// <summary>The date of the earliest scheduled (future) article left out, if any.</summary>
    public DateTimeOffset? NextScheduled { get; init; }

    /// <summary>Drafts and scheduled articles the options leave out; <c>check</c> lists them.</summary>
    public IReadOnlyList<Authoring.Unpublished> Unpublished { get; init; } = [];
}
