namespace DigestGen.Entities.Recognition.Training;

/// <summary>
/// Two passes (stacking): the first pass as usual; the second learns from the first pass's tags,
/// which on the training data come from models that did not see the sentence (jackknifed over
/// <see cref="Folds"/> contiguous parts), so the second pass learns how far to trust them on new text.
/// </summary>
internal sealed class StackedTrainer(int bucketBits, int epochs)
{
    public const int Folds = 4;

    public NerModel Train(IReadOnlyList<ConllSentence> corpus, NerLexicon lexicon, TextWriter log)
    {
        var first = new PerceptronTrainer(bucketBits, epochs).Train(corpus, lexicon, log);
        var firstPass = HeldOutTags(corpus, lexicon, log);
        log.WriteLine("second pass:");
        var second = new PerceptronTrainer(bucketBits, epochs).Train(corpus, lexicon, log, firstPass);
        return first.WithStacked(second);
    }

    private int[][] HeldOutTags(IReadOnlyList<ConllSentence> corpus, NerLexicon lexicon, TextWriter log)
    {
        var tags = new int[corpus.Count][];
        var size = FoldSize(corpus.Count);
        for (var from = 0; from < corpus.Count; from += size)
        {
            var to = Math.Min(corpus.Count, from + size);
            var rest = corpus.Take(from).Concat(corpus.Skip(to)).ToList();
            log.WriteLine($"fold {from}-{to}:");
            var model = new PerceptronTrainer(bucketBits, epochs).Train(rest, lexicon, TextWriter.Null);
            var recognizer = new NerRecognizer(model);
            var at = from;
            foreach (var input in FeatureCache.Inputs(corpus.Skip(from).Take(to - from).ToList(), model.Features))
            {
                tags[at++] = recognizer.Tag(input);
            }
        }

        return tags;
    }

    // Whole pseudo-documents per fold, so no document is split between seen and unseen.
    private static int FoldSize(int count)
    {
        var docs = (count + FeatureCache.SentencesPerDocument - 1) / FeatureCache.SentencesPerDocument;
        return Math.Max(1, (docs + Folds - 1) / Folds) * FeatureCache.SentencesPerDocument;
    }
}
