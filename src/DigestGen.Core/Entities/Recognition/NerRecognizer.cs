using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace DigestGen.Entities.Recognition;

/// <summary>Tags one sentence with the model: features → emission scores → Viterbi. Holds no
/// state between calls except a per-thread buffer, so one instance serves every thread.</summary>
internal sealed class NerRecognizer(NerModel model)
{
    // Tokens whose rows are asked for before they are summed. In a perf profile of `extract` over
    // 3,307 articles, Emit's samples fell from 12.5 % to 6.3 % (plus 2.6 % for the prefetches) at 1,
    // and 2 did no better.
    private const int PrefetchAhead = 1;

    [ThreadStatic]
    private static FeatureBuffer? s_buffer;

    [ThreadStatic]
    private static float[]? s_emissions;

    public NerModel Model => model;

    /// <summary>This thread's feature buffer.</summary>
    public static FeatureBuffer Buffer => s_buffer ??= new FeatureBuffer();

    public int[] Tag(SentenceInput sentence)
    {
        var buffer = Buffer;
        model.Features.Extract(sentence, buffer);
        return Tag(buffer);
    }

    /// <summary>Tags a sentence whose features are already in <paramref name="buffer"/>.</summary>
    public int[] Tag(FeatureBuffer buffer)
    {
        var tags = new int[buffer.Length];
        Tag(buffer, tags);
        return tags;
    }

    /// <summary>As above, into <paramref name="tags"/> (one per token): a document's tagger writes every
    /// sentence into one array instead of a new one per sentence.</summary>
    public void Tag(FeatureBuffer buffer, Span<int> tags)
    {
        var n = buffer.Length;
        if (s_emissions is null || s_emissions.Length < n * NerTags.Count)
        {
            s_emissions = new float[Math.Max(n, 64) * 2 * NerTags.Count];
        }

        var emissions = s_emissions;
        for (var i = 0; i < Math.Min(n, PrefetchAhead); i++)
        {
            Prefetch(buffer.Of(i));
        }

        for (var i = 0; i < n; i++)
        {
            if (i + PrefetchAhead < n)
            {
                Prefetch(buffer.Of(i + PrefetchAhead));
            }

            Emit(buffer.Of(i), emissions.AsSpan(i * NerTags.Count, NerTags.Count));
        }

        ViterbiDecoder.Decode(emissions.AsSpan(0, n * NerTags.Count), n, model.Transitions, model.Start, tags);
    }

    // Asks the processor for the rows of a token's features ahead of Emit: the table (2^18 rows of
    // 18 bytes, 4.5 MiB a pass) is larger than a core's cache, and Emit stalled on nearly every row.
    // A prefetch never faults: an address the collector has since moved costs only the hint.
    private unsafe void Prefetch(ReadOnlySpan<int> features)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        var weights = model.Weights;
        ref var first = ref MemoryMarshal.GetArrayDataReference(weights);
        foreach (var f in features)
        {
            var at = (nuint)(uint)f * NerTags.Count;
            if (at + NerTags.Count <= (nuint)weights.Length)
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref first, at)));
            }
        }
    }

    // The recogniser's hottest loop: once per feature of every token. A row is nine 16-bit weights;
    // the first eight are summed as one vector (widened to 32 bits), the ninth alone. Integer sums,
    // so the scores are exactly those of a plain loop in any order.
    private void Emit(ReadOnlySpan<int> features, Span<float> scores)
    {
        var weights = model.Weights;
        ref var first = ref MemoryMarshal.GetArrayDataReference(weights);
        var sums = Vector256<int>.Zero;
        var last = 0;
        foreach (var f in features)
        {
            // The row must lie inside the table; compared in native width, no bucket (even a negative one) wraps past the check.
            var at = (nuint)(uint)f * NerTags.Count;
            if (at + NerTags.Count > (nuint)weights.Length)
            {
                throw new IndexOutOfRangeException();
            }

            var row = Vector128.LoadUnsafe(ref first, at);
            var (low, high) = Vector128.Widen(row);
            sums += Vector256.Create(low, high);
            last += Unsafe.Add(ref first, at + 8);
        }

        var scale = model.Scale;
        for (var t = 0; t < 8; t++)
        {
            scores[t] = sums[t] * scale;
        }

        scores[8] = last * scale;
    }
}
