namespace DigestGen.Entities.Recognition.Training;

/// <summary>The mean of several trained perceptrons' averaged weights, quantised into one model.</summary>
internal sealed class PerceptronAverage(int buckets)
{
    private const int T = NerTags.Count;
    private readonly double[] _w = new double[buckets * T];
    private readonly double[] _trans = new double[T * T];
    private readonly double[] _start = new double[T];
    private int _count;

    public void Add(PerceptronState state)
    {
        state.AddAveragedTo(_w, _trans, _start);
        _count++;
    }

    public NerModel ToModel(int bucketBits, NerLexicon lexicon)
    {
        // Float arithmetic as before ensembles, so one member gives the same bytes as a single perceptron.
        var mean = Mean(_w);
        var max = 1e-6f;
        foreach (var x in mean)
        {
            max = Math.Max(max, Math.Abs(x));
        }

        var scale = max / 32000f;
        var quantized = new short[mean.Length];
        for (var k = 0; k < mean.Length; k++)
        {
            quantized[k] = (short)Math.Round(mean[k] / scale);
        }

        return new NerModel(bucketBits, quantized, scale, Mean(_trans), Mean(_start), lexicon);
    }

    private float[] Mean(double[] sums) => sums.Select(x => (float)(x / _count)).ToArray();
}
