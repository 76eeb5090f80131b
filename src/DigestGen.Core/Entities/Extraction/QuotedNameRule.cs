using DigestGen.Arabic;

namespace DigestGen.Entities.Extraction;

/// <summary>
/// Arabic news quotes foreign names ("ديبسيك"، «أوبن إيه آي»), but also slogans and speech
/// ("الهدف الرئيسي"، "أكثر انفتاحاً"). A quoted phrase becomes a name when its words are not all
/// everyday words, it carries no tanwin, and something vouches for it: a trigger word, Latin
/// script, a listed name, the recogniser, or the same phrase quoted again in the article.
/// </summary>
internal static class QuotedNameRule
{
    public static List<Candidate> Find(ArticleScan scan, int[] modelTags)
    {
        var found = new List<(Candidate Candidate, bool Vouched)>();
        foreach (var (open, close) in QuoteFinder.FindPairs(scan.Text))
        {
            if (LooksLikeName(scan, open + 1, close - 1))
            {
                found.Add(Describe(scan, modelTags, open + 1, close - 1));
            }
        }

        ShareListTypes(scan, found);
        var repeated = found.GroupBy(f => f.Candidate.Key).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        var vouched = found.Where(f => f.Vouched || repeated.Contains(f.Candidate.Key)).Select(f => f.Candidate.Key).ToHashSet();
        SpreadAlongLists(scan, found, vouched);
        return found.Where(f => vouched.Contains(f.Candidate.Key)).Select(f => f.Candidate).ToList();
    }

    // One vouched member vouches for the whole list, however far along it the others are: in
    // "أوبن إيه آي"، "غوغل" و"أنثروبيك" the trigger before the first reaches the third through the second.
    private static void SpreadAlongLists(ArticleScan scan, List<(Candidate Candidate, bool Vouched)> found, HashSet<string> vouched)
    {
        for (var changed = true; changed;)
        {
            changed = false;
            for (var at = 0; at < found.Count; at++)
            {
                if (!vouched.Contains(found[at].Candidate.Key) && Coordinated(scan, at, found, vouched))
                {
                    changed |= vouched.Add(found[at].Candidate.Key);
                }
            }
        }
    }

    private static bool LooksLikeName(ArticleScan scan, int first, int last)
    {
        var text = scan.Text;
        var allCommon = true;
        for (var i = first; i <= last; i++)
        {
            if (!text.IsWord(i) && text.Norms[i] is not ("-" or "." or "&"))
            {
                return false; // a sentence, not a name
            }

            if (text.IsWord(i) && (scan.HasTanwin(i) || CalendarWords.IsCalendarWord(text.Norms[i])))
            {
                return false;
            }

            allCommon &= !text.IsWord(i) || (scan.IsCommon(i) && text.Tokens[i].Kind != TokenKind.Latin);
        }

        var firstIsPlainWord = text.Tokens[first].Kind == TokenKind.Arabic && scan.IsCommon(first) && !scan.IsListedName(text.Norms[first]);
        return !allCommon && !firstIsPlainWord && text.IsWord(first) && text.IsWord(last);
    }

    // Plain loops, not Enumerable.Range with lambdas: those captured the scan in a closure per quoted phrase.
    private static (Candidate, bool) Describe(ArticleScan scan, int[] modelTags, int first, int last)
    {
        var text = scan.Text;
        var key = scan.KeyOf(first, last, out var start);
        var latin = text.Tokens[first].Kind == TokenKind.Latin;
        var hasDigit = false;
        for (var i = first; i <= last && !hasDigit; i++)
        {
            hasDigit = text.Norms[i].AsSpan().ContainsAnyInRange('0', '9');
        }

        var context = TypeVote.FromContext(scan, first - 1);
        var model = Recognition.NerTags.ClassOf(modelTags[first]);
        var (type, weight) = latin && hasDigit ? (EntityType.Product, 3f)
            : context ?? (model is >= 0 and < 3 ? (Recognition.NerTags.TypeOf(model), 1f)
            : latin ? (EntityType.Other, 0.5f) : (EntityType.Organization, 0.5f));
        var listed = false;
        for (var i = first; i <= last && !listed; i++)
        {
            listed = scan.IsListedName(text.Norms[i]) && !scan.IsCommon(i);
        }

        var vouched = latin || listed || model is >= 0 and < 3 || (context is { } c && c.Weight >= 2 && c.Type != EntityType.Other);
        return (new Candidate(first, last, start, text.Tokens[last].End, key, type, weight, CandidateSource.Quoted), vouched);
    }

    // "أوبن إيه آي"، "غوغل" و"أنثروبيك": a list joined by commas and و shares its members' standing.
    // Only the quoted neighbours on either side can be in the same list.
    private static bool Coordinated(ArticleScan scan, int at, List<(Candidate Candidate, bool Vouched)> found, HashSet<string> vouched)
    {
        var candidate = found[at].Candidate;
        foreach (var n in new[] { at - 1, at + 1 })
        {
            if (n < 0 || n >= found.Count || !vouched.Contains(found[n].Candidate.Key))
            {
                continue;
            }

            var other = found[n].Candidate;
            if (other.Last < candidate.First ? InOneList(scan, other, candidate) : InOneList(scan, candidate, other))
            {
                return true;
            }
        }

        return false;
    }

    // The members of one list are of one kind: in مثل "أوبن إيه آي"، "غوغل" و"أنثروبيك" the trigger before the
    // first member types them all, where the later members have no trigger of their own.
    private static void ShareListTypes(ArticleScan scan, List<(Candidate Candidate, bool Vouched)> found)
    {
        for (var at = 1; at < found.Count; at++)
        {
            var (previous, current) = (found[at - 1].Candidate, found[at].Candidate);
            if (previous.Weight >= 2 && current.Weight < 2 && current.Type != EntityType.Product && InOneList(scan, previous, current))
            {
                found[at] = (current with { Type = previous.Type, Weight = 2f }, found[at].Vouched);
            }
        }
    }

    private static bool InOneList(ArticleScan scan, Candidate left, Candidate right)
    {
        var (from, to) = (left.Last + 1, right.First - 1);
        if (to - from > 4)
        {
            return false;
        }

        for (var i = from; i <= to; i++)
        {
            if (!IsListGlue(scan, i))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsListGlue(ArticleScan scan, int i) =>
        scan.Text.Norms[i] is "،" or "," or "و" || Recognition.QuoteMarks.IsQuote(scan.Text.Norms[i]);
}
