using DigestGen.Entities;

namespace DigestGen.Linking;

/// <summary>An unverified entity worth an editor's look: found in several articles, with the spellings seen.</summary>
public sealed record EntitySuggestion(string Id, string Name, EntityType Type, IReadOnlyList<string> Spellings, IReadOnlyList<string> ArticleSlugs, int Mentions);
