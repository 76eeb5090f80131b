using DigestGen.Entities;

namespace DigestGen.Rendering.Annotation;

/// <summary>What the annotation pass needs of one entity of an article: where it is and where it links.</summary>
/// <param name="Url">The entity page's URL, already made by <c>url</c> so the base path is honoured.</param>
/// <param name="CardId">The id of the entity's hover card in the page, for <c>aria-describedby</c>; null when there is none.</param>
public sealed record AnnotatedEntity(string Id, EntityType Type, string Url, string? CardId, IReadOnlyList<Mention> Mentions);
