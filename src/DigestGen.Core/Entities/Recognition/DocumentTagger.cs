namespace DigestGen.Entities.Recognition;

/// <summary>Tags every sentence of one document: the first pass, then (for a stacked model) the
/// second pass, which also sees the first pass's tags of each word and of its other occurrences.</summary>
internal static class DocumentTagger
{
    // The first pass's features of one document, kept for the second pass: it reads the same words into the
    // same buckets, and extracting them again was a fifth of extraction.
    [ThreadStatic]
    private static List<int>? s_saved;

    // The first pass's tags of one document, read only by its second pass: one array per thread, not
    // one per sentence.
    [ThreadStatic]
    private static int[]? s_firstPass;

    private const int MaxKept = 1 << 22;

    /// <param name="facts">The facts of every word of the document (the sentences' in order), when the caller has them.</param>
    public static int[][] Tag(NerModel model, IReadOnlyList<SentenceInput> sentences, WordFacts[]? facts = null)
    {
        var all = new int[sentences.Sum(s => s.Length)];
        Tag(model, sentences, all, facts);
        var tags = new int[sentences.Count][];
        for (int s = 0, at = 0; s < sentences.Count; at += sentences[s].Length, s++)
        {
            tags[s] = all[at..(at + sentences[s].Length)];
        }

        return tags;
    }

    /// <summary>As above, every sentence's tags into <paramref name="into"/>, one after the other.</summary>
    /// <param name="facts">The facts of the document's words in order (at least as many), when the caller has them.</param>
    public static void Tag(NerModel model, IReadOnlyList<SentenceInput> sentences, Span<int> into, WordFacts[]? facts = null)
    {
        var first = new NerRecognizer(model);
        var stacked = model.Stacked;
        var saved = stacked is not null && stacked.BucketBits == model.BucketBits && ReferenceEquals(stacked.Lexicon, model.Lexicon)
            ? s_saved ??= []
            : null;
        saved?.Clear();
        var buffer = NerRecognizer.Buffer;
        var firstPass = stacked is null ? null : FirstPassOf(into.Length);
        var firstTags = firstPass is null ? into : firstPass.AsSpan(0, into.Length);
        for (int s = 0, at = 0; s < sentences.Count; at += sentences[s].Length, s++)
        {
            model.Features.Extract(sentences[s], buffer);
            if (saved is not null)
            {
                buffer.SaveTo(saved);
            }

            first.Tag(buffer, firstTags.Slice(at, sentences[s].Length));
        }

        if (stacked is null)
        {
            return;
        }

        var second = new NerRecognizer(stacked);
        var stackedInputs = Stack(sentences, firstPass!, model.Features, facts);
        for (int s = 0, at = 0, from = 0; s < sentences.Count; from += sentences[s].Length, s++)
        {
            var tags = into.Slice(from, sentences[s].Length);
            if (saved is null)
            {
                stacked.Features.Extract(stackedInputs[s], buffer);
                second.Tag(buffer, tags);
                continue;
            }

            at = buffer.RestoreFrom(saved, at, sentences[s].Length);
            stacked.Features.AddStacked(stackedInputs[s], buffer);
            second.Tag(buffer, tags);
        }

        if (saved?.Capacity > MaxKept)
        {
            s_saved = null; // a book-length document's features are not held by the thread for good
            s_firstPass = null;
        }
    }

    private static int[] FirstPassOf(int size) =>
        s_firstPass is { } pooled && pooled.Length >= size ? pooled : s_firstPass = new int[Math.Max(size, 1024)];

    /// <summary>The second pass's inputs: each sentence with the first pass's tags and their document evidence.</summary>
    public static List<SentenceInput> Stack(IReadOnlyList<SentenceInput> sentences, int[][] firstPass, FeatureExtractor features, WordFacts[]? facts = null) =>
        Stack(sentences, firstPass.SelectMany(t => t).ToArray(), features, facts);

    /// <summary>As above, with the first pass's tags of the whole document in one array (at least as long).</summary>
    public static List<SentenceInput> Stack(IReadOnlyList<SentenceInput> sentences, int[] firstPass, FeatureExtractor features, WordFacts[]? facts = null)
    {
        var total = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            total += sentences[s].Length;
        }

        var words = facts?.Length >= total ? facts : new WordFacts[total];
        for (int s = 0, from = 0; s < sentences.Count; from += sentences[s].Length, s++)
        {
            if (words != facts)
            {
                features.FactsOf(sentences[s].Norms).CopyTo(words, from);
            }
        }

        var evidence = StackedEvidence.Compute(firstPass.AsSpan(0, total), words);
        var result = new List<SentenceInput>(sentences.Count);
        var at = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            var input = sentences[s];
            result.Add(new SentenceInput(input.Norms, input.Kinds, input.SiteFlags, input.Quoted)
            {
                DocFlags = input.DocFlags,
                FirstPass = new ArraySegment<int>(firstPass, at, input.Length),
                FirstPassDoc = new ArraySegment<int>(evidence, at, input.Length),
            });
            at += input.Length;
        }

        return result;
    }
}
