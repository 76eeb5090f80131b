namespace DigestGen.Entities.Recognition.Training;

/// <summary>A training sentence with its feature buckets per token and its gold tags.</summary>
internal sealed record FeaturedSentence(int[][] Features, int[] Gold);
