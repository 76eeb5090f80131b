namespace DigestGen.Entities.Recognition;

/// <summary>Tags every sentence of one document: the first pass, then (for a stacked model) the
/// second pass, which also sees the first pass's tags of each word and of its other occurrences.</summary>
internal static class DocumentTagger
{
    // The first pass's features of one document, kept for the second pass: it reads the same words into the
    // same buckets, and extracting them again was a fifth of extraction.
    [ThreadStatic]
    private static List<int>? s_saved;

    private const int MaxKept = 1 << 22;

    /// <param name="facts">The facts of every word of the document (the sentences' in order), when the caller has them.</param>
    public static int[][] Tag(NerModel model, IReadOnlyList<SentenceInput> sentences, WordFacts[]? facts = null)
    {
        var first = new NerRecognizer(model);
        var stacked = model.Stacked;
        var saved = stacked is not null && stacked.BucketBits == model.BucketBits && ReferenceEquals(stacked.Lexicon, model.Lexicon)
            ? s_saved ??= []
            : null;
        saved?.Clear();
        var buffer = NerRecognizer.Buffer;
        var tags = new int[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            model.Features.Extract(sentences[s], buffer);
            if (saved is not null)
            {
                buffer.SaveTo(saved);
            }

            tags[s] = first.Tag(buffer);
        }

        if (stacked is null)
        {
            return tags;
        }

        var second = new NerRecognizer(stacked);
        var stackedInputs = Stack(sentences, tags, model.Features, facts);
        for (int s = 0, at = 0; s < sentences.Count; s++)
        {
            if (saved is null)
            {
                tags[s] = second.Tag(stackedInputs[s]);
                continue;
            }

            at = buffer.RestoreFrom(saved, at, sentences[s].Length);
            stacked.Features.AddStacked(stackedInputs[s], buffer);
            tags[s] = second.Tag(buffer);
        }

        if (saved?.Capacity > MaxKept)
        {
            s_saved = null; // a book-length document's features are not held by the thread for good
        }

        return tags;
    }

    /// <summary>The second pass's inputs: each sentence with the first pass's tags and their document evidence.</summary>
    public static List<SentenceInput> Stack(IReadOnlyList<SentenceInput> sentences, int[][] firstPass, FeatureExtractor features, WordFacts[]? facts = null)
    {
        var total = sentences.Sum(s => s.Length);
        var tags = new int[total];
        var words = facts?.Length == total ? facts : new WordFacts[total];
        for (int s = 0, from = 0; s < sentences.Count; from += sentences[s].Length, s++)
        {
            firstPass[s].CopyTo(tags, from);
            if (words != facts)
            {
                features.FactsOf(sentences[s].Norms).CopyTo(words, from);
            }
        }

        var evidence = StackedEvidence.Compute(tags, words);
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
