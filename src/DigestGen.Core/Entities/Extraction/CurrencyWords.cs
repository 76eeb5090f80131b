using DigestGen.Arabic;

namespace DigestGen.Entities.Extraction;

/// <summary>
/// Currency names: amounts, not entities of a digest. ANERcorp tags دولار as MISC and the recogniser
/// learnt it, so ten thousand articles about investments gave "دولار" and "يوان" (tagged a person)
/// entity pages listing half the archive. A gazetteer entry still links one on purpose.
/// </summary>
internal static class CurrencyWords
{
    private static readonly HashSet<string> Words = new(new[]
    {
        "دولار", "دولارات", "يورو", "ين", "يوان", "رنمينبي", "ريال", "ريالات", "درهم", "دراهم", "دينار", "دنانير",
        "جنيه", "جنيهات", "ليرة", "ليرات", "روبية", "فرنك", "روبل", "بيزو", "وون", "شيكل", "استرليني",
    }.Select(ArabicNormalizer.Normalize), StringComparer.Ordinal);

    /// <summary>True for a currency's name, with or without the article (الدولار).</summary>
    public static bool IsCurrency(string normalizedWord) =>
        Words.Contains(normalizedWord) || (normalizedWord.StartsWith("ال", StringComparison.Ordinal) && Words.Contains(normalizedWord[2..]));
}
