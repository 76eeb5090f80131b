using DigestGen.Content;

namespace DigestGen.Arabic;

/// <summary>
/// A number with its counted noun, as Arabic grammar wants it: the noun alone for one and two
/// ("دقيقة واحدة", "دقيقتان"), the plural for 3–10 ("3 دقائق"), the singular accusative for
/// 11–99 ("11 دقيقة"); for larger numbers the last two digits decide, and a round hundred takes
/// the singular ("100 دقيقة", "103 دقائق"). Only the nouns we print are listed here.
/// </summary>
public static class ArabicCounts
{
    /// <summary>The forms of one counted noun.</summary>
    public sealed record Noun(string One, string Two, string Plural, string Singular);

    public static readonly Noun Minute = new("دقيقة واحدة", "دقيقتان", "دقائق", "دقيقة");

    public static readonly Noun Article = new("خبر واحد", "خبران", "أخبار", "خبراً");

    /// <summary>"3 دقائق"; digits written as the digest configures them.</summary>
    public static string Format(int count, Noun noun, DigitStyle digits)
    {
        var number = ArabicDigits.Apply(count.ToString(System.Globalization.CultureInfo.InvariantCulture), digits);
        return count switch
        {
            1 => noun.One,
            2 => noun.Two,
            _ => $"{number} {NounAfter(count, noun)}",
        };
    }

    private static string NounAfter(int count, Noun noun)
    {
        var lastTwo = Math.Abs(count) % 100;
        return lastTwo is >= 3 and <= 10 ? noun.Plural : noun.Singular;
    }
}
