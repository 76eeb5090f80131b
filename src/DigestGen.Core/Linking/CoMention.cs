namespace DigestGen.Linking;

/// <summary>An entity mentioned alongside another: in how many articles, and a weight that favours rare names.</summary>
public sealed record CoMention(EntitySummary Entity, int SharedArticles, double Weight);
