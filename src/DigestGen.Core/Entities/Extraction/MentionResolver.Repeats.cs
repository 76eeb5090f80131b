using DigestGen.Entities.Matching;

namespace DigestGen.Entities.Extraction;

internal sealed partial class MentionResolver
{
    /// <summary>A name only the recogniser found gets its untagged repeats while they are at most
    /// this many per tagged mention, and is dropped when they are more: when it tagged الأسود once
    /// and left it out 20 times in an article about lions, the one tag is the mistake, not the 20
    /// omissions. (8-fold --cv: 4 and 6 did best; 2, 3 and 10 did worse.)</summary>
    private const int MaxRepeatsPerTagged = 4;

    // A second trie, of this article's accepted names, finds the mentions no rule or model caught
    // (جاك ما unquoted after "جاك ما" quoted, للصين after الصين), plus family names of people a rule introduced: وو after إيدي وو (the recogniser's
    // person spans are too often cut wrong to trust their last word alone).
    private void AddRepeatedMentions(Func<EntityGroup, bool> include)
    {
        var groups = _groups.Values.Where(g => g.Curated is null && include(g)).ToList();
        if (groups.Count == 0)
        {
            return;
        }

        var trie = new AliasTrie(signatureBits: 10); // one article's names: a 128-byte filter
        var keys = new string[groups.Count][]; // each key split once for both loops
        for (var g = 0; g < groups.Count; g++)
        {
            var words = keys[g] = groups[g].Key.Split(' ');
            if (words.Length > 1 || IsDistinctive(words[0]))
            {
                trie.Add(words, g);
            }
        }

        for (var g = 0; g < groups.Count; g++)
        {
            var words = keys[g];
            if (groups[g].Type == EntityType.Person && _ruleGroups.Contains(groups[g]) && words.Length > 1 && IsFamilyName(words[^1]))
            {
                trie.Add([words[^1]], g);
            }
        }

        // التي is not ال + تي: a common word is not a repeat of a one-word name its clitic reading spells.
        var matches = TrieMatcher.FindAll(trie, scan.Text, i => !_covered[i])
            .Where(m => m.First != m.Last || !scan.IsCommon(m.First)).ToList();
        var repeats = new int[groups.Count];
        foreach (var m in matches)
        {
            repeats[m.Payload]++;
        }

        foreach (var match in matches)
        {
            var group = groups[match.Payload];
            if (_vouchedGroups.Contains(group) || repeats[match.Payload] <= MaxRepeatsPerTagged * _taggedMentions.GetValueOrDefault(group))
            {
                AddMention(group, match.First, match.Last, match.Start, match.End);
            }
            else
            {
                group.Mentions.Clear();
            }
        }
    }

    // وو (إيدي وو) is a family name; a longer last word with و glued on (… آل مكتوم وسمو الشيخ) is
    // "and" starting the next name, which the role rule ran into.
    private bool IsFamilyName(string word) => IsDistinctive(word) && !(word.Length >= 4 && word[0] == 'و');

    // A trigger word alone (البنك، الشركة) is a name's head noun, not a name to look for everywhere.
    private bool IsDistinctive(string word) =>
        word.Length >= 2 && !scan.Lexicon.IsCommon(word) && !CalendarWords.IsCalendarWord(word)
        && Recognition.TriggerWords.ClassOf(word) < 0;
}
