namespace DigestGen.Entities.Recognition;

/// <summary>Tags every sentence of one document: the first pass, then (for a stacked model) the
/// second pass, which also sees the first pass's tags of each word and of its other occurrences.</summary>
internal static class DocumentTagger
{
    public static int[][] Tag(NerModel model, IReadOnlyList<SentenceInput> sentences)
    {
        var first = new NerRecognizer(model);
        var tags = new int[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            tags[s] = first.Tag(sentences[s]);
        }

        if (model.Stacked is not { } stacked)
        {
            return tags;
        }

        var second = new NerRecognizer(stacked);
        var stackedInputs = Stack(sentences, tags, model.Features);
        for (var s = 0; s < sentences.Count; s++)
        {
            tags[s] = second.Tag(stackedInputs[s]);
        }

        return tags;
    }

    /// <summary>The second pass's inputs: each sentence with the first pass's tags and their document evidence.</summary>
    public static List<SentenceInput> Stack(IReadOnlyList<SentenceInput> sentences, int[][] firstPass, FeatureExtractor features)
    {
        var norms = new List<string>();
        var tags = new List<int>();
        for (var s = 0; s < sentences.Count; s++)
        {
            norms.AddRange(sentences[s].Norms);
            tags.AddRange(firstPass[s]);
        }

        var evidence = StackedEvidence.Compute(norms, tags.ToArray(), features);
        var result = new List<SentenceInput>(sentences.Count);
        var at = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            var input = sentences[s];
            result.Add(new SentenceInput(input.Norms, input.Kinds, input.SiteFlags)
            {
                DocFlags = input.DocFlags,
                FirstPass = firstPass[s],
                FirstPassDoc = evidence[at..(at + input.Length)],
            });
            at += input.Length;
        }

        return result;
    }
}
