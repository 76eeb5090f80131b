using DigestGen.Arabic;

namespace DigestGen.Entities.Extraction;

/// <summary>
/// Guesses the type of a name from the words before it: a trigger (مجموعة، نموذج، الرئيس…)
/// within a few words, else a feminine past verb right before it (أعلنت "ديبسيك": companies are
/// grammatically feminine), else a default. Returns the type and how much to trust it.
/// </summary>
internal static class TypeVote
{
    private const int Window = 6;
    private const int NearWindow = 3;

    public static (EntityType Type, float Weight)? FromContext(ArticleScan scan, int before)
    {
        var text = scan.Text;
        var distance = 0;
        for (var i = before; i >= 0 && distance < Window; i--)
        {
            var norm = text.Norms[i];
            if (!text.IsWord(i))
            {
                if (Recognition.QuoteMarks.IsQuote(norm))
                {
                    continue;
                }

                break;
            }

            distance++;
            var cls = scan.TriggerClassAt(i);
            // Product words reach further (نموذجها الرائد للذكاء الاصطناعي "كيوين"); others only next door.
            if (cls >= 0 && !Recognition.TriggerWords.SpeechVerbs.Contains(norm) && (cls == 4 || distance <= NearWindow))
            {
                return (FromTriggerClass(HeadClass(scan, i, cls)), distance <= 2 ? 3f : 2f);
            }
        }

        return FeminineVerbBefore(scan, before) ? (EntityType.Organization, 1.5f) : null;
    }

    // In a construct (idafa) the first noun is the head: شركات التكنولوجيا "…" are companies, not technology.
    // A construct's head has no article and its second noun no preposition (النماذج بتقنية is not one).
    private static int HeadClass(ArticleScan scan, int i, int cls)
    {
        if (cls != 3 || i == 0 || Recognition.TriggerWords.ClassOf(scan.Text.Norms[i]) != cls)
        {
            return cls;
        }

        var head = scan.Text.Norms[i - 1];
        var headClass = Recognition.TriggerWords.ClassOf(head);
        return headClass is >= 0 and not 3 && !head.StartsWith("ال", StringComparison.Ordinal)
            && !Recognition.TriggerWords.SpeechVerbs.Contains(head) ? headClass : cls;
    }

    public static EntityType FromTriggerClass(int cls) => cls switch
    {
        0 => EntityType.Person,
        1 => EntityType.Place,
        2 => EntityType.Organization,
        4 => EntityType.Product,
        _ => EntityType.Other,
    };

    private static bool FeminineVerbBefore(ArticleScan scan, int before)
    {
        var i = before;
        while (i >= 0 && (Recognition.QuoteMarks.IsQuote(scan.Text.Norms[i]) || Proclitics.IsDetachedClitic(scan.Text.Norms[i])))
        {
            i--;
        }

        if (i < 0 || !scan.Text.IsWord(i))
        {
            return false;
        }

        var w = scan.Text.Norms[i];
        return w.Length >= 4 && (w.EndsWith('ت') || w.EndsWith("تها", StringComparison.Ordinal)) && !scan.IsListedName(w)
            && scan.Text.Tokens[i].Kind == TokenKind.Arabic;
    }
}
