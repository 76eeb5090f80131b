using DigestGen.Arabic;
using DigestGen.Content;

namespace DigestGen.Site;

/// <summary>Counts of articles in Arabic, with the noun agreeing with the number.</summary>
public static class ArticleCounts
{
    /// <summary>"خبر واحد", "خبران", "3 أخبار", "11 خبراً", "100 خبر".</summary>
    public static string Phrase(int n, DigitStyle digits)
    {
        var number = ArabicDigits.Apply(n.ToString(System.Globalization.CultureInfo.InvariantCulture), digits);
        return n switch
        {
            0 => "لا أخبار",
            1 => "خبر واحد",
            2 => "خبران",
            _ when n % 100 is >= 3 and <= 10 => $"{number} أخبار",
            _ when n % 100 is >= 11 and <= 99 => $"{number} خبراً",
            _ => $"{number} خبر",
        };
    }
}
