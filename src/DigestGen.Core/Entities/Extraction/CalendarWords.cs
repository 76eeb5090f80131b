using DigestGen.Arabic;
using DigestGen.Entities.Matching;

namespace DigestGen.Entities.Extraction;

/// <summary>Weekdays and months (Levantine and Egyptian/Gulf names; not the Hijri months, which are also
/// given names: رمضان، رجب، محرم): dates, never entities,
/// however a recogniser or a quote rule scores them.</summary>
internal static class CalendarWords
{
    private static readonly HashSet<string> Words = new(new[]
    {
        "السبت", "الاحد", "الاثنين", "الإثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة",
        "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين",
        "يناير", "فبراير", "مارس", "أبريل", "إبريل", "ابريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه", "أغسطس", "اغسطس",
        "سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر",
    }.Select(ArabicNormalizer.Normalize), StringComparer.Ordinal);

    /// <summary>True for a normalised word that is a weekday or month, with or without clitics.</summary>
    public static bool IsCalendarWord(string normalizedWord)
    {
        if (Words.Contains(normalizedWord))
        {
            return true;
        }

        foreach (var split in CliticReadings.Of(normalizedWord))
        {
            if (split.HasPrefix && Words.Contains(split.Stem))
            {
                return true;
            }
        }

        return false;
    }
}
