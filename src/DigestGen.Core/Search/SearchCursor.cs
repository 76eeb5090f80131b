namespace DigestGen.Search;

/// <summary>
/// The results of one query, read a page at a time: every article in all units (AND), scored by the sum
/// of its unit scores, best first, newer first on a tie. It loads more postings only until the next
/// results are certain: an article seen in every unit is certain once nothing not yet seen could score
/// more, or the same with a lower document number. templates/assets/js/search.js does the same steps.
/// </summary>
public sealed class SearchCursor(IReadOnlyList<UnitStream> units)
{
    private int _returned;

    /// <summary>True once every list is loaded: the results are then all known.</summary>
    public bool Exhausted => units.All(u => u.Exhausted);

    /// <summary>
    /// True once the results are all known: every list is read, or one unit is read whole and each of its
    /// articles has been seen in every other unit or cannot be in one. A rare word then settles the query
    /// without reading a frequent one to its end, and a word the index lacks settles it at once.
    /// </summary>
    public bool Complete => Exhausted || units.Any(u => u.Exhausted && u.Seen.Keys.All(Settled));

    private bool Settled(int doc) => units.All(v => v.Exhausted || v.Seen.ContainsKey(doc));

    /// <summary>The next <paramref name="count"/> results (fewer at the end), as (document, score).</summary>
    public IReadOnlyList<(int Doc, int Score)> Next(int count)
    {
        while (true)
        {
            var certain = Certified();
            if (certain.Count - _returned >= count || Complete)
            {
                var next = certain.Skip(_returned).Take(count).ToList();
                _returned += next.Count;
                return next;
            }
            // The unit read least so far goes further: a rare unit is read whole at once, a frequent one step by step.
            units.Where(u => !u.Exhausted).MinBy(u => u.Loaded)!.Extend();
        }
    }

    private List<(int Doc, int Score)> Certified()
    {
        if (units.Count == 0)
        {
            return [];
        }
        var found = units[0].Certain
            .Where(c => units.All(u => u.Seen.ContainsKey(c.Doc)))
            .Select(c => (c.Doc, Score: units.Sum(u => u.Seen[c.Doc])))
            .OrderByDescending(c => c.Score).ThenBy(c => c.Doc)
            .ToList();
        if (Complete)
        {
            return found;
        }
        var (bestScore, bestDoc) = BestUnseen();
        return found.TakeWhile(c => Postings.Before(c.Score, c.Doc, bestScore, bestDoc)).ToList();
    }

    /// <summary>
    /// The best (score, document) an article not yet seen in every unit could still reach: its known unit
    /// scores, and in each other unit at most the frontier's score (one less if its number is not past the frontier's).
    /// </summary>
    private (int Score, int Doc) BestUnseen()
    {
        var best = (Score: int.MinValue, Doc: int.MaxValue);
        void Consider(int doc, int bound)
        {
            if (Postings.Before(bound, doc, best.Score, best.Doc))
            {
                best = (bound, doc);
            }
        }
        var partly = units.SelectMany(u => u.Seen.Keys).Distinct().Where(d => !units.All(u => u.Seen.ContainsKey(d)));
        foreach (var doc in partly)
        {
            if (Bound(doc, seen: true) is { } bound)
            {
                Consider(doc, bound);
            }
        }
        if (!units.Any(u => u.Exhausted))
        {
            foreach (var doc in units.Select(u => u.FrontierDoc + 1).Prepend(0))
            {
                Consider(doc, Bound(doc, seen: false)!.Value);
            }
        }
        return best;
    }

    /// <summary>The highest total <paramref name="doc"/> could reach; null if a finished unit lacks it.</summary>
    private int? Bound(int doc, bool seen)
    {
        var total = 0;
        foreach (var u in units)
        {
            if (seen && u.Seen.TryGetValue(doc, out var score))
            {
                total += score;
            }
            else if (u.Exhausted)
            {
                return null;
            }
            else
            {
                total += doc > u.FrontierDoc ? u.FrontierScore : u.FrontierScore - 1;
            }
        }
        return total;
    }
}
