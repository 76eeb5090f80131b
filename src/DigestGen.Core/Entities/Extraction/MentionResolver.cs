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
    // By token, as _covered: a dictionary grown entry by entry in every article was 46 MiB of a clean build at 10,000 articles.
    private readonly EntityGroup?[] _groupEndingAt = new EntityGroup?[scan.Text.Count];
    private readonly Dictionary<(int First, int Last), Candidate> _accepted = [];
    private readonly HashSet<EntityGroup> _ruleGroups = [];
    private readonly Dictionary<EntityGroup, int> _taggedMentions = [];
    private readonly HashSet<EntityGroup> _vouchedGroups = [];

    /// <summary>Resolves in order of trust. The rule names' repeats are claimed before the recogniser
    /// runs, so its partial span (جاك alone) cannot split a name a rule already found (جاك ما).</summary>
    public List<EntityGroup> Resolve(List<TrieMatch> curated, IEnumerable<Candidate> rules, IEnumerable<Candidate> model)
    {
        foreach (var match in curated)
        {
            var entity = gazetteer.Entities[match.Payload];
            AddMention(GroupFor("=" + entity.Id, entity.Name, entity), match.First, match.Last, match.Start, match.End);
        }

        foreach (var candidate in rules)
        {
            Consider(candidate);
        }

        AddRepeatedMentions(_ruleGroups.Contains);
        var modelCandidates = model.ToList();
        foreach (var candidate in modelCandidates)
        {
            Consider(candidate);
        }

        AddRepeatedMentions(_ => true);
        return _groups.Values.Where(g => g.Mentions.Count > 0).ToList();
    }

    private void Consider(Candidate c)
    {
        // الحارس الأوكراني: a one-word tag on a place's adjective is not a name (8-fold --cv mean
        // 0.7541 -> 0.7549, seed 7 0.7527 -> 0.7532).
        if (c.Source == CandidateSource.Model && c.First == c.Last && PlaceAdjectives.IsDefiniteNisbaOfPlace(scan.Text.Norms[c.First], scan.Lexicon))
        {
            return;
        }

        if (IsNeverAName(c.Key, c.Type) || (c.Source == CandidateSource.Model && IsNotANameInContext(c)))
        {
            return;
        }

        if (IsTakenOrDate(c))
        {
            if (_accepted.TryGetValue((c.First, c.Last), out var same) && _groups.TryGetValue(GroupKeyOf(same), out var sameGroup))
            {
                // The recogniser never saw quoted foreign brands: on a quoted name its vote counts little.
                sameGroup.Vote(c.Type, same.Source == CandidateSource.Quoted && c.Source == CandidateSource.Model ? c.Weight / 4 : c.Weight);
            }

            return;
        }

        var group = c.AliasOfToken >= 0 && c.AliasOfToken < _groupEndingAt.Length && _groupEndingAt[c.AliasOfToken] is { } target
            ? target
            : GroupForKey(c.Key, scan.Text.Text[c.Start..c.End]);
        group.Vote(c.Type, c.Weight);
        if (c.Source is CandidateSource.Quoted or CandidateSource.Role)
        {
            _ruleGroups.Add(group);
        }

        if (c.Source == CandidateSource.Model)
        {
            _taggedMentions[group] = _taggedMentions.GetValueOrDefault(group) + 1;
        }
        else
        {
            _vouchedGroups.Add(group);
        }

        AddMention(group, c.First, c.Last, c.Start, c.End);
        _accepted[(c.First, c.Last)] = c;
    }

    /// <summary>
    /// Spans no rule or recogniser vote makes a name: a currency alone (10 مليار دولار; but ريال tagged
    /// an organisation is the club's first word), a span cut off before the Latin name it introduces
    /// (بتقنية الـ GPU ends on the bare article), or nothing but function words (فإن).
    /// </summary>
    internal static bool IsNeverAName(string key, EntityType type)
    {
        // Asked of every candidate: the key is read in place, not split into new strings.
        var lastSpace = key.LastIndexOf(' ');
        return key.AsSpan(lastSpace + 1) is "ال"
            || AreAllFunctionWords(key)
            || (lastSpace < 0 && type != EntityType.Organization && CurrencyWords.IsCurrency(key));
    }

    private static bool AreAllFunctionWords(string key)
    {
        foreach (var word in key.AsSpan().Split(' '))
        {
            if (!ArticleScan.IsFunctionWord(key.AsSpan()[word]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// What the recogniser tags that a name cannot be: an indefinite word with tanwin (سباقاً محموماً،
    /// مثلاً خفّضت: names do not take it), a preposition glued to a common noun (لافتتاح: the training
    /// text knows افتتاح as a common word), a definite word never seen in a name, or an English gloss.
    /// </summary>
    private bool IsNotANameInContext(Candidate c)
    {
        for (var i = c.First; i <= c.Last; i++)
        {
            if (scan.Text.IsWord(i) && scan.HasTanwin(i))
            {
                return true;
            }
        }
        return (c.First == c.Last
                ? IsPrepositionOnCommonWord(c.First, indefinite: false) || IsDefiniteNeverNamed(c.First)
                : IsPrepositionOnCommonWord(c.Last, indefinite: true))
            || IsLowercaseLatin(scan.Text.Text.AsSpan(c.Start, c.End - c.Start));
    }

    /// <summary>
    /// Token i read as a preposition glued to a word the training text knows as common: alone, ل ب ك or لل
    /// (لافتتاح); at the end of a longer span, ل or ب before an indefinite noun of four letters or more, a
    /// verb's complement (تخطط لاستثمار), since names take the article there (المصرف العربي للاستثمار).
    /// </summary>
    private bool IsPrepositionOnCommonWord(int i, bool indefinite)
    {
        if (!scan.Text.IsWord(i) || scan.IsListedName(scan.Text.Norms[i]))
        {
            return false;
        }
        foreach (var split in scan.Text.Readings(i))
        {
            var preposition = indefinite
                ? split.Prefix is "ل" or "ب" && split.Stem.Length >= 4 && !split.Stem.StartsWith("ال", StringComparison.Ordinal)
                : split.Prefix is "ل" or "ب" or "ك" or "لل";
            if (preposition && scan.Lexicon.IsCommon(split.Stem))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A definite word alone (الأرقام) that the training text used and never inside a name.</summary>
    private bool IsDefiniteNeverNamed(int i)
    {
        var norm = scan.Text.Norms[i];
        if (!norm.StartsWith("ال", StringComparison.Ordinal) || scan.IsListedName(norm))
        {
            return false;
        }
        var stat = scan.Lexicon.StatOf(norm);
        return stat.Count >= 2 && stat.Person + stat.Place + stat.Organization + stat.Misc == 0;
    }

    /// <summary>
    /// An English word glossing an Arabic term, معايير التقييم (benchmarks): Latin letters and not one
    /// capital or digit. The recogniser learnt Arabic only; the Latin rule already takes the Latin names
    /// (Qwen3, DeepSeek, iPhone), which have one or the other.
    /// </summary>
    private static bool IsLowercaseLatin(ReadOnlySpan<char> surface)
    {
        var letters = 0;
        foreach (var ch in surface)
        {
            if (char.IsAsciiLetterLower(ch))
            {
                letters++;
            }
            else if (ch is not (' ' or '-'))
            {
                return false;
            }
        }
        return letters > 0;
    }

    private bool IsTakenOrDate(Candidate c)
    {
        for (var i = c.First; i <= c.Last; i++)
        {
            if (_covered[i] || (c.Source == CandidateSource.Model ? CalendarWords.IsDateAt(scan.Text, i) : CalendarWords.IsCalendarWord(scan.Text.Norms[i])))
            {
                return true;
            }
        }

        return false;
    }

    private string GroupKeyOf(Candidate c) =>
        _groupEndingAt[c.Last] is { } g ? (g.Curated is null ? g.Key : "=" + g.Curated.Id) : c.Key;

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
