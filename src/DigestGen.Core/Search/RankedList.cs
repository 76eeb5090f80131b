namespace DigestGen.Search;

/// <summary>One posting list read best-first, a page at a time, as far as the query needs it.</summary>
public sealed class RankedList
{
    private readonly Func<int, int[]> _page;
    private readonly int _pages;
    private int _loaded = 1;

    /// <param name="page">Reads page n ≥ 1 of the list.</param>
    public RankedList(int[] head, int pages, Func<int, int[]> page)
    {
        _page = page;
        _pages = pages;
        Entries.AddRange(Postings.Decode(head));
    }

    public static RankedList Empty => new([], 1, _ => []);

    public List<Posting> Entries { get; } = [];

    public bool Exhausted => _loaded >= _pages;

    public Posting Last => Entries[^1];

    public void LoadMore()
    {
        if (!Exhausted)
        {
            Entries.AddRange(Postings.Decode(_page(_loaded++)));
        }
    }
}
