namespace DigestGen.Entities.Recognition;

/// <summary>What the features need of one normalised word on its own (clitic split, trigger class,
/// commonness). Cached per word form so extraction computes it once per distinct word, not per token.</summary>
internal sealed record WordFacts(string Prefix, string Stem, int Trigger, bool Common);
