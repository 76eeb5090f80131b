namespace DigestGen.Linking;

/// <summary>
/// Per-thread scores of the articles one article's keywords reach, indexed by article position:
/// an array add per posting instead of a dictionary update, and only the touched entries are
/// cleared for the next article.
/// </summary>
internal sealed class RelatedScratch
{
    private readonly List<int> _touched = [];

    public double[] Scores { get; private set; } = [];

    public IReadOnlyList<int> Touched => _touched;

    public void Reset(int articles)
    {
        if (Scores.Length != articles)
        {
            Scores = new double[articles];
        }
        else
        {
            foreach (var p in _touched)
            {
                Scores[p] = 0;
            }
        }
        _touched.Clear();
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
