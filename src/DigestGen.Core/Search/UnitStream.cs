namespace DigestGen.Search;

/// <summary>
/// The articles matching one query unit, best first: the unit's lists (an entity's, or each key of a
/// word) merged. An article's unit score is its best weight in any list (the weight of the union of
/// its field masks) plus the unit's bonus. Only the part of the merge no unloaded entry can precede is
/// <see cref="Certain"/>; everything after it scores below <see cref="FrontierScore"/>, or the same
/// with a higher document number than <see cref="FrontierDoc"/>.
/// </summary>
public sealed class UnitStream
{
    private readonly IReadOnlyList<RankedList> _lists;
    private readonly int _bonus;
    private readonly int[] _merged;

    public UnitStream(IReadOnlyList<RankedList> lists, int bonus)
    {
        _lists = lists;
        _bonus = bonus;
        _merged = new int[lists.Count];
        Merge();
    }

    public List<(int Doc, int Score)> Certain { get; } = [];
    public Dictionary<int, int> Seen { get; } = [];
    public bool Exhausted => _lists.All(l => l.Exhausted);
    public int Loaded => _lists.Sum(l => l.Entries.Count);
    public int FrontierScore { get; private set; }
    public int FrontierDoc { get; private set; }

    /// <summary>Loads the next page of the list that holds the merge back.</summary>
    public void Extend()
    {
        if (Limiting() is { } list)
        {
            list.LoadMore();
            Merge();
        }
    }

    private RankedList? Limiting()
    {
        RankedList? limit = null;
        foreach (var list in _lists.Where(l => !l.Exhausted))
        {
            if (limit is null || Postings.Before(list.Last.Weight, list.Last.Doc, limit.Last.Weight, limit.Last.Doc))
            {
                limit = list;
            }
        }
        return limit;
    }

    private void Merge()
    {
        var limit = Limiting();
        if (limit is not null)
        {
            (FrontierScore, FrontierDoc) = (limit.Last.Weight + _bonus, limit.Last.Doc);
        }
        while (Next() is { } i)
        {
            var p = _lists[i].Entries[_merged[i]];
            if (limit is not null && Postings.Before(limit.Last.Weight, limit.Last.Doc, p.Weight, p.Doc))
            {
                break;
            }
            _merged[i]++;
            if (Seen.TryAdd(p.Doc, p.Weight + _bonus))
            {
                Certain.Add((p.Doc, p.Weight + _bonus));
            }
        }
    }

    /// <summary>The list whose next unmerged entry comes first.</summary>
    private int? Next()
    {
        int? best = null;
        for (var i = 0; i < _lists.Count; i++)
        {
            if (_merged[i] < _lists[i].Entries.Count)
            {
                var p = _lists[i].Entries[_merged[i]];
                if (best is not { } b || Postings.Before(p.Weight, p.Doc, _lists[b].Entries[_merged[b]].Weight, _lists[b].Entries[_merged[b]].Doc))
                {
                    best = i;
                }
            }
        }
        return best;
    }
}
