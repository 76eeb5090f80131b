namespace DigestGen.Entities.Recognition.Training;

/// <summary>
/// Averaged structured perceptron (Collins 2002): decode each sentence with the current weights,
/// move weights toward the gold tags where the decoding differs, and average the weights over all
/// steps for generalisation. Every step is deterministic: fixed shuffle seed, no threads.
/// </summary>
internal sealed class PerceptronTrainer(int bucketBits, int epochs)
{
    public NerModel Train(IReadOnlyList<ConllSentence> corpus, NerLexicon lexicon, TextWriter log, int[][]? firstPass = null)
    {
        var extractor = new FeatureExtractor(lexicon, bucketBits);
        var data = FeatureCache.Build(corpus, extractor, firstPass);
        var state = new PerceptronState(1 << bucketBits);
        var order = Enumerable.Range(0, data.Count).ToArray();
        var random = new DeterministicRandom(20070101);
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            var errors = 0;
            foreach (var index in order)
            {
                errors += state.Learn(data[index]);
            }

            log.WriteLine($"epoch {epoch}: {errors} tokens mistagged");
        }

        return state.ToModel(bucketBits, lexicon);
    }
}
