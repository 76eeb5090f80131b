using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DigestGen.Entities.Recognition;

/// <summary>
/// Best tag sequence under emission + transition scores, with the BIO constraint built in (an
/// I- tag never follows O or another class). Nine tags make this cheap: nine vector steps per token.
/// </summary>
internal static class ViterbiDecoder
{
    private const int T = NerTags.Count;

    // Step holds tags 0–7 in one vector and tag 8 alone: a tag set of another size must change it.
    private static readonly int Lanes = T == Vector256<float>.Count + 1
        ? Vector256<float>.Count
        : throw new InvalidOperationException($"the decoder steps through {Vector256<float>.Count + 1} tags, not {T}");

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

    // Every tag's best predecessor at once: tags 0–7 as one vector, tag 8 alone. For each predecessor
    // in order, a lane takes the new score only when it is strictly greater, so ties keep the first
    // predecessor, and each sum is the same single addition as in a scalar loop: the same path, bit for bit.
    private static void Step(ReadOnlySpan<float> emissions, float[] allowed, float[] score, int[] back, int i)
    {
        var previous = score.AsSpan((i - 1) * T, T);
        ref var transitions = ref MemoryMarshal.GetArrayDataReference(allowed);
        var best = Vector256.Create(float.NegativeInfinity);
        var bestPrev = Vector256<int>.Zero;
        var lastBest = float.NegativeInfinity;
        var lastPrev = 0;
        for (var p = 0; p < T; p++)
        {
            var from = previous[p];
            var s = Vector256.Create(from) + Vector256.LoadUnsafe(ref transitions, (nuint)(p * T));
            var greater = Vector256.GreaterThan(s, best);
            best = Vector256.ConditionalSelect(greater, s, best);
            bestPrev = Vector256.ConditionalSelect(greater.AsInt32(), Vector256.Create(p), bestPrev);
            var last = from + allowed[(p * T) + Lanes];
            if (last > lastBest)
            {
                lastBest = last;
                lastPrev = p;
            }
        }

        var current = score.AsSpan(i * T, T);
        (best + Vector256.Create(emissions.Slice(i * T, Lanes))).CopyTo(current);
        current[Lanes] = lastBest + emissions[(i * T) + Lanes];
        bestPrev.CopyTo(back.AsSpan(i * T, T));
        back[(i * T) + Lanes] = lastPrev;
    }
}
