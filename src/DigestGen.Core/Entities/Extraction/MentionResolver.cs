using DigestGen.Entities.Matching;

namespace DigestGen.Entities.Extraction;

/// <summary>
/// Turns overlapping proposals into one entity per name: gazetteer matches first, then the news
/// rules, then the recogniser, each keeping only tokens nobody took before. Then every further
/// occurrence of an accepted name (with any clitics, or a person's family name alone) joins it.
/// </summary>
internal sealed partial class MentionResolver(ArticleScan scan, GazetteerMatcher gazetteer)
{
    private readonly bool[] _covered = new bool[scan.Text.Count];
    private readonly Dictionary<string, EntityGroup> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<int, EntityGroup> _groupEndingAt = [];
    private readonly List<Candidate> _accepted = [];
    private readonly HashSet<EntityGroup> _ruleGroups = [];

    public List<EntityGroup> Resolve(List<TrieMatch> curated, IEnumerable<Candidate> proposals)
    {
        foreach (var match in curated)
        {
            var entity = gazetteer.Entities[match.Payload];
            AddMention(GroupFor("=" + entity.Id, entity.Name, entity), match.First, match.Last, match.Start, match.End);
        }

        foreach (var candidate in proposals)
        {
            Consider(candidate);
        }

        AddRepeatedMentions();
        return _groups.Values.Where(g => g.Mentions.Count > 0).ToList();
    }

    private void Consider(Candidate c)
    {
        if (Enumerable.Range(c.First, c.Last - c.First + 1).Any(i => _covered[i] || CalendarWords.IsCalendarWord(scan.Text.Norms[i])))
        {
            var same = _accepted.Find(a => a.First == c.First && a.Last == c.Last);
            if (same is not null && _groups.TryGetValue(GroupKeyOf(same), out var sameGroup))
            {
                // The recogniser never saw quoted foreign brands: on a quoted name its vote counts little.
                sameGroup.Vote(c.Type, same.Source == CandidateSource.Quoted && c.Source == CandidateSource.Model ? c.Weight / 4 : c.Weight);
            }

            return;
        }

        var group = c.AliasOfToken >= 0 && _groupEndingAt.TryGetValue(c.AliasOfToken, out var target)
            ? target
            : GroupForKey(c.Key, scan.Text.Text[c.Start..c.End]);
        group.Vote(c.Type, c.Weight);
        if (c.Source is CandidateSource.Quoted or CandidateSource.Role)
        {
            _ruleGroups.Add(group);
        }

        AddMention(group, c.First, c.Last, c.Start, c.End);
        _accepted.Add(c);
    }

    private string GroupKeyOf(Candidate c) =>
        _groupEndingAt.TryGetValue(c.Last, out var g) ? (g.Curated is null ? g.Key : "=" + g.Curated.Id) : c.Key;

    private EntityGroup GroupForKey(string key, string surface)
    {
        var curated = gazetteer.Lookup(key.Split(' '));
        return curated is not null ? GroupFor("=" + curated.Id, curated.Name, curated) : GroupFor(key, surface, null);
    }

    private EntityGroup GroupFor(string key, string name, GazetteerEntity? curated)
    {
        if (!_groups.TryGetValue(key, out var group))
        {
            group = new EntityGroup(key, name, curated);
            _groups[key] = group;
        }

        return group;
    }

    private void AddMention(EntityGroup group, int first, int last, int start, int end)
    {
        group.Mentions.Add(new Mention(scan.Text.Text[start..end], start, end - start));
        for (var i = first; i <= last; i++)
        {
            _covered[i] = true;
        }

        _groupEndingAt[last] = group;
    }
}
