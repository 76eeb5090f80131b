namespace DigestGen.Entities.Recognition.Training;

/// <summary>
/// Averaged structured perceptron (Collins 2002): decode each sentence with the current weights,
/// move weights toward the gold tags where the decoding differs, and average the weights over all
/// steps for generalisation. With <c>members</c> &gt; 1, trains that many perceptrons on different
/// shuffle orders and averages their averaged weights into one model of the same size and speed
/// (a perceptron's result depends on the order it sees the data; the mean is steadier).
/// Every step is deterministic: fixed shuffle seeds, no threads.
/// </summary>
internal sealed class PerceptronTrainer(int bucketBits, int epochs, int members = 1, ulong seed = PerceptronTrainer.DefaultSeed)
{
    public const ulong DefaultSeed = 20070101;

    public NerModel Train(IReadOnlyList<ConllSentence> corpus, NerLexicon lexicon, TextWriter log, int[][]? firstPass = null)
    {
        var extractor = new FeatureExtractor(lexicon, bucketBits);
        var data = FeatureCache.Build(corpus, extractor, firstPass);
        var sum = new PerceptronAverage(1 << bucketBits);
        for (var m = 0; m < members; m++)
        {
            if (members > 1)
            {
                log.WriteLine($"member {m + 1} of {members}:");
            }

            sum.Add(TrainOne(data, seed + ((ulong)m * 7919), log));
        }

        return sum.ToModel(bucketBits, lexicon);
    }

    private PerceptronState TrainOne(List<FeaturedSentence> data, ulong seed, TextWriter log)
    {
        var state = new PerceptronState(1 << bucketBits);
        var order = Enumerable.Range(0, data.Count).ToArray();
        var random = new DeterministicRandom(seed);
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

        return state;
    }
}
