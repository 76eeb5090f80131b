using DigestGen.Arabic;
using DigestGen.Entities.Recognition;

namespace DigestGen.Entities.Extraction;

/// <summary>
/// People introduced by their role: الرئيس التنفيذي إيدي وو، الرئيس الصيني شي جين بينغ. After
/// a role word and up to two definite modifiers (التنفيذي، الصيني، الوزراء), the following
/// uncommon words, up to four, are the name.
/// </summary>
internal static class RoleNameRule
{
    private const int MaxModifiers = 2;
    private const int MaxNameWords = 4;

    public static List<Candidate> Find(ArticleScan scan)
    {
        var text = scan.Text;
        var found = new List<Candidate>();
        for (var i = 0; i < text.Count; i++)
        {
            if (!IsRole(text.Norms[i]))
            {
                continue;
            }

            var first = SkipModifiers(scan, i + 1);
            var last = NameEnd(scan, first);
            if (last >= first)
            {
                var key = scan.KeyOf(first, last, out var start);
                found.Add(new Candidate(first, last, start, text.Tokens[last].End, key, EntityType.Person, 2f, CandidateSource.Role));
                i = last;
            }
        }

        return found;
    }

    private static bool IsRole(string norm) =>
        TriggerWords.Person.Contains(Proclitics.StripDefinite(norm)) || TriggerWords.Person.Contains(norm);

    private static int SkipModifiers(ArticleScan scan, int j)
    {
        var text = scan.Text;
        for (var m = 0; m < MaxModifiers && j < text.Count && text.IsWord(j) && text.Norms[j].StartsWith("ال", StringComparison.Ordinal)
            && text.AdjacentOnOneLine(j - 1, j) && !IsRole(text.Norms[j]); m++)
        {
            j++;
        }

        return j;
    }

    private static int NameEnd(ArticleScan scan, int first)
    {
        var text = scan.Text;
        var last = first - 1;
        for (var k = first; k < text.Count && k - first < MaxNameWords; k++)
        {
            var ok = text.IsWord(k) && text.Tokens[k].Kind != TokenKind.Number && text.AdjacentOnOneLine(k - 1, k)
                && !scan.IsCommon(k) && !IsRole(text.Norms[k]) && !CalendarWords.IsCalendarWord(text.Norms[k])
                && !(k == first && text.Norms[k].StartsWith("ال", StringComparison.Ordinal));
            if (!ok)
            {
                break;
            }

            last = k;
        }

        return last;
    }
}
