using DigestGen.Arabic;
using DigestGen.Entities.Matching;
using DigestGen.Entities.Recognition;

namespace DigestGen.Entities.Extraction;

/// <summary>
/// People introduced by their role: الرئيس التنفيذي إيدي وو، الرئيس الصيني شي جين بينغ. After
/// a role word and up to two definite adjectives (التنفيذي، الصيني), the following
/// uncommon words, up to three, are the name.
/// </summary>
internal static class RoleNameRule
{
    private const int MaxModifiers = 2;
    private const int MaxNameWords = 3;

    public static List<Candidate> Find(ArticleScan scan)
    {
        var text = scan.Text;
        var found = new List<Candidate>();
        for (var i = 0; i < text.Count; i++)
        {
            // Only the definite role with an adjective (الرئيس الصيني، الرئيس التنفيذي): a bare "رئيس" is
            // usually followed by what it heads (رئيس بلدية باريس), not by a name.
            if (!text.Norms[i].StartsWith("ال", StringComparison.Ordinal) || !IsRole(text.Norms[i]))
            {
                continue;
            }

            var first = SkipModifiers(scan, i + 1);
            if (first == i + 1)
            {
                continue;
            }

            var last = NameEnd(scan, first);
            if (last >= first && !ListedAsPlaceOrOrganization(scan, first, last))
            {
                var key = scan.KeyOf(first, last, out var start);
                found.Add(new Candidate(first, last, start, text.Tokens[last].End, key, EntityType.Person, 2f, CandidateSource.Role));
                i = last;
            }
        }

        return found;
    }

    // A listed place after a role and its adjective is where the role holder went, not their name
    // (ووصل الرئيس الفنزويلي سوريا).
    private static bool ListedAsPlaceOrOrganization(ArticleScan scan, int first, int last)
    {
        var flags = scan.Lexicon.LongestNameAt(scan.Text.Norms, first, last + 1, out _);
        return flags != 0 && (flags & 1) == 0;
    }

    private static bool IsRole(string norm) =>
        TriggerWords.Person.Contains(CliticReadings.StripDefinite(norm)) || TriggerWords.Person.Contains(norm);

    private static int SkipModifiers(ArticleScan scan, int j)
    {
        var text = scan.Text;
        for (var m = 0; m < MaxModifiers && j < text.Count && text.IsWord(j) && IsDefiniteAdjective(text.Norms[j])
            && text.AdjacentOnOneLine(j - 1, j) && !IsRole(text.Norms[j]); m++)
        {
            j++;
        }

        return j;
    }

    // التنفيذي، الصيني، الأمريكية: the nisba ending -ي/-ية marks an adjective.
    private static bool IsDefiniteAdjective(string norm) =>
        norm.StartsWith("ال", StringComparison.Ordinal) && norm.Length > 4 && (norm.EndsWith('ي') || norm.EndsWith("يه", StringComparison.Ordinal));

    // "الرئيس التنفيذي للشركة / لمركز …" (of the company, of a centre), "الرئيس الفلسطيني وحركة فتح":
    // a role's name does not start with ل "of" or و "and" glued to a definite or head noun.
    private static bool HeadsAPhrase(ArticleScan scan, string norm)
    {
        if (norm.Length < 3 || norm[0] is not ('ل' or 'و'))
        {
            return false;
        }

        var rest = norm[1..];
        return rest.StartsWith("ل", StringComparison.Ordinal) || rest.StartsWith("ال", StringComparison.Ordinal)
            || TriggerWords.ClassOf(rest) >= 0 || scan.Lexicon.IsCommon(rest);
    }

    // Everyday words may sit inside a name (إيدي reads as أيدي "hands"), but a name ends on an
    // uncommon word: "الرئيس الأمريكي يقول إن" has none, so no name.
    private static int NameEnd(ArticleScan scan, int first)
    {
        var text = scan.Text;
        var last = first - 1;
        for (var k = first; k < text.Count && k - first < MaxNameWords; k++)
        {
            var norm = text.Norms[k];
            var ok = text.IsWord(k) && text.Tokens[k].Kind != TokenKind.Number && text.AdjacentOnOneLine(k - 1, k)
                && !ArticleScan.IsFunctionWord(norm) && !IsRole(norm) && !CalendarWords.IsCalendarWord(norm)
                && !(norm.StartsWith("ال", StringComparison.Ordinal) && (k == first || scan.IsCommon(k)))
                && !(k == first && HeadsAPhrase(scan, norm));
            if (!ok)
            {
                break;
            }

            last = k;
        }

        while (last >= first && scan.IsCommon(last))
        {
            last--;
        }

        return last;
    }
}
