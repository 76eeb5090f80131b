using DigestGen.Entities.Recognition;
using Xunit;

namespace DigestGen.Tests.Entities;

/// <summary>The decoder steps through every tag at once (vectors); these tests hold it to the plain
/// dynamic programme it replaced: the same path for the same scores, ties and forbidden steps included.</summary>
public class ViterbiDecoderTests
{
    private const int T = NerTags.Count;

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 7)]
    [InlineData(17, 11)]
    [InlineData(64, 3)]
    [InlineData(200, 5)]
    public void DecodesTheSamePathAsThePlainDynamicProgramme(int length, int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 50; round++)
        {
            // Small whole numbers make many ties, where the first best predecessor must win.
            var ties = round % 2 == 0;
            float Next() => ties ? random.Next(-3, 4) : (float)((random.NextDouble() * 20) - 10);
            var emissions = Enumerable.Range(0, length * T).Select(_ => Next()).ToArray();
            var transitions = Enumerable.Range(0, T * T).Select(_ => Next()).ToArray();
            var start = Enumerable.Range(0, T).Select(_ => Next()).ToArray();

            var tags = new int[length];
            ViterbiDecoder.Decode(emissions, length, transitions, start, tags);

            Assert.Equal(Reference(emissions, length, transitions, start), tags);
        }
    }

    [Fact]
    public void NeverStartsASpanWithAnInsideTag()
    {
        // Every score favours I-PERS, which may follow only B-PERS or I-PERS.
        var insidePerson = NerTags.Inside(0);
        var emissions = new float[3 * T];
        for (var i = 0; i < 3; i++)
        {
            emissions[(i * T) + insidePerson] = 100;
        }

        var tags = new int[3];
        ViterbiDecoder.Decode(emissions, 3, new float[T * T], new float[T], tags);

        Assert.Equal([NerTags.Begin(0), insidePerson, insidePerson], tags);
    }

    // The decoder as it was written first: 81 scalar steps a token, strict > so the first best wins.
    private static int[] Reference(float[] emissions, int length, float[] transitions, float[] start)
    {
        var score = new float[length * T];
        var back = new int[length * T];
        for (var t = 0; t < T; t++)
        {
            score[t] = NerTags.IsInside(t) ? float.NegativeInfinity : start[t] + emissions[t];
        }

        for (var i = 1; i < length; i++)
        {
            for (var t = 0; t < T; t++)
            {
                var bestScore = float.NegativeInfinity;
                var bestPrev = 0;
                for (var p = 0; p < T; p++)
                {
                    var s = score[((i - 1) * T) + p] + (NerTags.Allowed(p, t) ? transitions[(p * T) + t] : float.NegativeInfinity);
                    if (s > bestScore)
                    {
                        bestScore = s;
                        bestPrev = p;
                    }
                }

                score[(i * T) + t] = bestScore + emissions[(i * T) + t];
                back[(i * T) + t] = bestPrev;
            }
        }

        var best = 0;
        for (var t = 1; t < T; t++)
        {
            if (score[((length - 1) * T) + t] > score[((length - 1) * T) + best])
            {
                best = t;
            }
        }

        var tags = new int[length];
        for (var i = length - 1; i >= 0; i--)
        {
            tags[i] = best;
            best = back[(i * T) + best];
        }

        return tags;
    }
}
