namespace DigestGen.Entities.Recognition.Training;

/// <summary>Computes every training sentence's features once, reused by every epoch.</summary>
internal static class FeatureCache
{
    public static List<FeaturedSentence> Build(IReadOnlyList<ConllSentence> corpus, FeatureExtractor extractor)
    {
        var buffer = new FeatureBuffer();
        var result = new List<FeaturedSentence>(corpus.Count);
        foreach (var s in corpus)
        {
            extractor.Extract(SentenceInput.FromTokens(s.Tokens), buffer);
            var features = new int[s.Tokens.Count][];
            for (var i = 0; i < features.Length; i++)
            {
                features[i] = buffer.Of(i).ToArray();
            }

            result.Add(new FeaturedSentence(features, s.Tags));
        }

        return result;
    }
}
