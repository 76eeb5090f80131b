namespace DigestGen.Linking;

/// <summary>
/// Per-thread scores of the articles one article's keywords reach, indexed by article position:
/// an array add per posting instead of a dictionary update, and only the touched entries are
/// cleared for the next article.
/// </summary>
internal sealed class RelatedScratch
{
    private readonly List<int> _touched = [];
    private bool _dense;

    public double[] Scores { get; private set; } = [];

    public List<int> Touched => _touched;

    public void Reset(int articles)
    {
        if (Scores.Length != articles)
        {
            Scores = new double[articles];
        }
        else if (_dense)
        {
            Array.Clear(Scores);
        }
        else
        {
            foreach (var p in _touched)
            {
                Scores[p] = 0;
            }
        }
        _touched.Clear();
        _dense = false;
    }

    /// <summary>Every score zero, for <see cref="AddAll"/>: touched entries are not tracked, so the next
    /// <see cref="Reset"/> clears the whole array.</summary>
    public void ResetDense(int articles)
    {
        Reset(articles);
        _dense = true;
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
}
