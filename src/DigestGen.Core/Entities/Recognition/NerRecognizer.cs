namespace DigestGen.Entities.Recognition;

/// <summary>Tags one sentence with the model: features → emission scores → Viterbi. Holds no
/// state between calls except a per-thread buffer, so one instance serves every thread.</summary>
internal sealed class NerRecognizer(NerModel model)
{
    [ThreadStatic]
    private static FeatureBuffer? s_buffer;

    [ThreadStatic]
    private static float[]? s_emissions;

    public NerModel Model => model;

    public int[] Tag(SentenceInput sentence)
    {
        var buffer = s_buffer ??= new FeatureBuffer();
        model.Features.Extract(sentence, buffer);
        var n = sentence.Length;
        if (s_emissions is null || s_emissions.Length < n * NerTags.Count)
        {
            s_emissions = new float[Math.Max(n, 64) * 2 * NerTags.Count];
        }

        var emissions = s_emissions;
        for (var i = 0; i < n; i++)
        {
            Emit(buffer.Of(i), emissions.AsSpan(i * NerTags.Count, NerTags.Count));
        }

        var tags = new int[n];
        ViterbiDecoder.Decode(emissions.AsSpan(0, n * NerTags.Count), n, model.Transitions, model.Start, tags);
        return tags;
    }

    // Nine tags, summed by hand: this loop runs once per feature of every token and is the
    // recogniser's hottest; unrolled, the sums stay in registers.
    private void Emit(ReadOnlySpan<int> features, Span<float> scores)
    {
        int s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
        var weights = model.Weights;
        foreach (var f in features)
        {
            var row = weights.AsSpan(f * NerTags.Count, NerTags.Count);
            s0 += row[0];
            s1 += row[1];
            s2 += row[2];
            s3 += row[3];
            s4 += row[4];
            s5 += row[5];
            s6 += row[6];
            s7 += row[7];
            s8 += row[8];
        }

        var scale = model.Scale;
        scores[8] = s8 * scale;
        scores[0] = s0 * scale;
        scores[1] = s1 * scale;
        scores[2] = s2 * scale;
        scores[3] = s3 * scale;
        scores[4] = s4 * scale;
        scores[5] = s5 * scale;
        scores[6] = s6 * scale;
        scores[7] = s7 * scale;
    }
}
