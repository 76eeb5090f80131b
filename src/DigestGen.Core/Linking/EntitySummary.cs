using DigestGen.Entities;

namespace DigestGen.Linking;

/// <summary>An entity as the whole digest knows it: the gazetteer entry when verified.</summary>
public sealed record EntitySummary(string Id, string Name, EntityType Type, bool Verified, GazetteerEntity? Gazetteer);
