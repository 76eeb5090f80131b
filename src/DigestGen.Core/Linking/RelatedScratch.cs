using System.Numerics;
using System.Runtime.Intrinsics;

namespace DigestGen.Linking;

/// <summary>
/// Per-thread scores of the articles one article's keywords reach, indexed by article position:
/// an array add per posting instead of a dictionary update. Scored sparsely, only the touched
/// entries are cleared for the next article; scored densely (a common name reaches a good part of
/// the archive), the array is read whole, four scores at a time, and cleared in the same pass.
/// </summary>
internal sealed class RelatedScratch
{
    private readonly List<int> _touched = [];
    private State _state;

    private enum State
    {
        /// <summary>Every score is zero.</summary>
        Clear,

        /// <summary>Scores at <see cref="Touched"/> only.</summary>
        Sparse,

        /// <summary>Scores anywhere (<see cref="AddAll"/>), until <see cref="TakeDense"/> reads and zeroes them.</summary>
        Dense,
    }

    public double[] Scores { get; private set; } = [];

    public List<int> Touched => _touched;

    public void Reset(int articles)
    {
        if (Scores.Length != articles)
        {
            Scores = new double[articles];
        }
        else if (_state == State.Dense)
        {
            Array.Clear(Scores);
        }
        else if (_state == State.Sparse)
        {
            foreach (var p in _touched)
            {
                Scores[p] = 0;
            }
        }
        _touched.Clear();
        _state = State.Sparse;
    }

    /// <summary>Every score zero, for <see cref="AddAll"/>: touched entries are not tracked, and
    /// <see cref="TakeDense"/> (or the next reset) clears the whole array.</summary>
    public void ResetDense(int articles)
    {
        Reset(articles);
        _state = State.Dense;
    }

    /// <summary>Adds <paramref name="value"/> at every position, tracking nothing (after <see cref="ResetDense"/>).</summary>
    public void AddAll(int[] positions, double value)
    {
        var scores = Scores;
        foreach (var p in positions)
        {
            scores[p] += value;
        }
    }

    public void Add(int position, double value)
    {
        if (Scores[position] == 0)
        {
            _touched.Add(position);
        }
        Scores[position] += value;
    }

    /// <summary>
    /// Hands every non-zero score (after <see cref="AddAll"/>) whose product with its factor is at least
    /// the floor <paramref name="consider"/> returns, in position order, and leaves every score zero: the
    /// array is cleared as it is read, not in a pass of its own. Four scores are tested at a time;
    /// each product is the same multiplication a scalar loop makes.
    /// </summary>
    public void TakeDense(double[] factors, Func<int, double, double> consider)
    {
        var scores = Scores.AsSpan();
        var by = factors.AsSpan(0, scores.Length);
        var floor = double.NegativeInfinity;
        var p = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var zero = Vector256<double>.Zero;
            for (; p + 4 <= scores.Length; p += 4)
            {
                var s = Vector256.Create<double>(scores.Slice(p, 4));
                var products = s * Vector256.Create<double>(by.Slice(p, 4));
                var wanted = ~Vector256.Equals(s, zero)
                    & Vector256.GreaterThanOrEqual(products, Vector256.Create(floor));
                zero.CopyTo(scores.Slice(p, 4));
                for (var lanes = wanted.ExtractMostSignificantBits(); lanes != 0; lanes &= lanes - 1)
                {
                    var lane = BitOperations.TrailingZeroCount(lanes);
                    // A lane earlier in these four may have raised the floor: it is tested again.
                    if (products[lane] >= floor)
                    {
                        floor = consider(p + lane, products[lane]);
                    }
                }
            }
        }
        for (; p < scores.Length; p++)
        {
            var score = scores[p];
            scores[p] = 0;
            if (score != 0 && score * by[p] >= floor)
            {
                floor = consider(p, score * by[p]);
            }
        }
        _state = State.Clear;
    }
}
