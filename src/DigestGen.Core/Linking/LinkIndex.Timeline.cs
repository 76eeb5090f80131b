namespace DigestGen.Linking;

public sealed partial class LinkIndex
{
    /// <summary>Months shown at most on a timeline; older months are left to the archive.</summary>
    public const int TimelineMonths = 24;

    /// <summary>
    /// Articles mentioning the entity per month, over the digest's whole span (up to
    /// <see cref="TimelineMonths"/> months ending with the newest article), so every entity's
    /// timeline has the same axis and they can be compared at a glance.
    /// </summary>
    public IReadOnlyList<(MonthKey Month, int Articles)> TimelineOf(string entityId)
    {
        if (ArticlesByMonth.Count == 0)
        {
            return [];
        }
        var last = ArticlesByMonth.Keys.Max();
        var first = ArticlesByMonth.Keys.Min();
        var earliest = new MonthKey(last.Year - TimelineMonths / 12, last.Month).Next;
        if (first < earliest)
        {
            first = earliest;
        }
        var months = ArticleMonths();
        var counts = new Dictionary<MonthKey, int>();
        foreach (var p in ArticlesByEntity.TryGetValue(entityId, out var articles) ? PositionsOf(articles) : [])
        {
            counts[months[p]] = counts.GetValueOrDefault(months[p]) + 1;
        }
        var timeline = new List<(MonthKey, int)>();
        for (var m = first; m <= last; m = m.Next)
        {
            timeline.Add((m, counts.GetValueOrDefault(m)));
        }
        return timeline;
    }

    private MonthKey[]? _articleMonths;

    /// <summary>Each article's month by position, converted to the digest's zone once rather than once per entity page.</summary>
    private MonthKey[] ArticleMonths()
    {
        if (_articleMonths is null)
        {
            var months = Articles.Select(a => MonthKey.Of(a.Meta.Date, Zone)).ToArray();
            Interlocked.CompareExchange(ref _articleMonths, months, null);
        }
        return _articleMonths;
    }
}
