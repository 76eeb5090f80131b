namespace DigestGen.Entities.Recognition.Training;

/// <summary>Weights being learnt plus the running sums for averaging (the "lazy" form: u holds
/// step-weighted updates, so the average is w − u/c without touching every weight each step).</summary>
internal sealed class PerceptronState(int buckets)
{
    private const int T = NerTags.Count;
    private readonly float[] _w = new float[buckets * T];
    private readonly double[] _u = new double[buckets * T];
    private readonly float[] _trans = new float[T * T];
    private readonly double[] _transU = new double[T * T];
    private readonly float[] _start = new float[T];
    private readonly double[] _startU = new double[T];
    private long _step = 1;

    public int Learn(FeaturedSentence s)
    {
        var n = s.Gold.Length;
        var emissions = new float[n * T];
        for (var i = 0; i < n; i++)
        {
            foreach (var f in s.Features[i])
            {
                for (var t = 0; t < T; t++)
                {
                    emissions[(i * T) + t] += _w[(f * T) + t];
                }
            }
        }

        var predicted = new int[n];
        ViterbiDecoder.Decode(emissions, n, _trans, _start, predicted);
        var errors = 0;
        for (var i = 0; i < n; i++)
        {
            errors += Update(s, predicted, i);
        }

        _step++;
        return errors;
    }

    /// <summary>Adds the averaged weights (w − u/c) to running sums.</summary>
    public void AddAveragedTo(double[] w, double[] trans, double[] start)
    {
        for (var k = 0; k < _w.Length; k++)
        {
            w[k] += (float)(_w[k] - (_u[k] / _step));
        }

        for (var k = 0; k < _trans.Length; k++)
        {
            trans[k] += (float)(_trans[k] - (_transU[k] / _step));
        }

        for (var k = 0; k < _start.Length; k++)
        {
            start[k] += (float)(_start[k] - (_startU[k] / _step));
        }
    }

    private int Update(FeaturedSentence s, int[] predicted, int i)
    {
        int gold = s.Gold[i], guess = predicted[i];
        var goldPrev = i > 0 ? s.Gold[i - 1] : -1;
        var guessPrev = i > 0 ? predicted[i - 1] : -1;
        if (gold == guess && goldPrev == guessPrev)
        {
            return 0;
        }

        if (gold != guess)
        {
            foreach (var f in s.Features[i])
            {
                Bump(_w, _u, (f * T) + gold, 1);
                Bump(_w, _u, (f * T) + guess, -1);
            }
        }

        if (i == 0)
        {
            Bump(_start, _startU, gold, 1);
            Bump(_start, _startU, guess, -1);
        }
        else
        {
            Bump(_trans, _transU, (goldPrev * T) + gold, 1);
            Bump(_trans, _transU, (guessPrev * T) + guess, -1);
        }

        return gold != guess ? 1 : 0;
    }

    private void Bump(float[] w, double[] u, int k, int delta)
    {
        w[k] += delta;
        u[k] += (double)_step * delta;
    }
}
