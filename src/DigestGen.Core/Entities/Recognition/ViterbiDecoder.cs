namespace DigestGen.Entities.Recognition;

/// <summary>
/// Best tag sequence under emission + transition scores, with the BIO constraint built in (an
/// I- tag never follows O or another class). Nine tags make this cheap: 81 steps per token.
/// </summary>
internal static class ViterbiDecoder
{
    private const int T = NerTags.Count;

    // NerTags.Allowed for every (previous, tag), looked up instead of recomputed 81 times a token.
    private static readonly bool[] Allowed = Enumerable.Range(0, T * T).Select(k => NerTags.Allowed(k / T, k % T)).ToArray();

    [ThreadStatic]
    private static float[]? s_score;

    [ThreadStatic]
    private static float[]? s_transitions;

    [ThreadStatic]
    private static int[]? s_back;

    public static void Decode(ReadOnlySpan<float> emissions, int length, float[] transitions, float[] start, Span<int> tags)
    {
        if (length == 0)
        {
            return;
        }

        if (s_score is null || s_score.Length < length * T)
        {
            s_score = new float[Math.Max(length, 64) * 2 * T];
            s_back = new int[s_score.Length];
        }

        var score = s_score;
        var back = s_back!;
        // The transitions with the forbidden ones made -∞, copied for this sentence (training changes them
        // between sentences): the inner loop then needs no test, and a forbidden step still never wins,
        // since it is never greater than the -∞ each search starts from.
        var allowed = s_transitions ??= new float[T * T];
        for (var k = 0; k < T * T; k++)
        {
            allowed[k] = Allowed[k] ? transitions[k] : float.NegativeInfinity;
        }

        for (var t = 0; t < T; t++)
        {
            score[t] = NerTags.IsInside(t) ? float.NegativeInfinity : start[t] + emissions[t];
        }

        for (var i = 1; i < length; i++)
        {
            Step(emissions, allowed, score, back, i);
        }

        var best = 0;
        for (var t = 1; t < T; t++)
        {
            if (score[((length - 1) * T) + t] > score[((length - 1) * T) + best])
            {
                best = t;
            }
        }

        for (var i = length - 1; i >= 0; i--)
        {
            tags[i] = best;
            best = back[(i * T) + best];
        }
    }

    private static void Step(ReadOnlySpan<float> emissions, float[] allowed, float[] score, int[] back, int i)
    {
        var previous = score.AsSpan((i - 1) * T, T);
        var current = score.AsSpan(i * T, T);
        var from = back.AsSpan(i * T, T);
        var emitted = emissions.Slice(i * T, T);
        for (var t = 0; t < T; t++)
        {
            var bestScore = float.NegativeInfinity;
            var bestPrev = 0;
            for (var p = 0; p < T; p++)
            {
                var s = previous[p] + allowed[(p * T) + t];
                if (s > bestScore)
                {
                    bestScore = s;
                    bestPrev = p;
                }
            }

            current[t] = bestScore + emitted[t];
            from[t] = bestPrev;
        }
    }
}
