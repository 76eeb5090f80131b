namespace DigestGen.Entities.Recognition;

/// <summary>Tags one sentence with the model: features → emission scores → Viterbi. Holds no
/// state between calls except a per-thread buffer, so one instance serves every thread.</summary>
internal sealed class NerRecognizer(NerModel model)
{
    [ThreadStatic]
    private static FeatureBuffer? s_buffer;

    public NerModel Model => model;

    public int[] Tag(SentenceInput sentence)
    {
        var buffer = s_buffer ??= new FeatureBuffer();
        model.Features.Extract(sentence, buffer);
        var n = sentence.Length;
        var emissions = new float[n * NerTags.Count];
        for (var i = 0; i < n; i++)
        {
            Emit(buffer.Of(i), emissions.AsSpan(i * NerTags.Count, NerTags.Count));
        }

        var tags = new int[n];
        ViterbiDecoder.Decode(emissions, n, model.Transitions, model.Start, tags);
        return tags;
    }

    private void Emit(ReadOnlySpan<int> features, Span<float> scores)
    {
        Span<int> sums = stackalloc int[NerTags.Count];
        var weights = model.Weights;
        foreach (var f in features)
        {
            var row = weights.AsSpan(f * NerTags.Count, NerTags.Count);
            for (var t = 0; t < NerTags.Count; t++)
            {
                sums[t] += row[t];
            }
        }

        for (var t = 0; t < NerTags.Count; t++)
        {
            scores[t] = sums[t] * model.Scale;
        }
    }
}
