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

    private static readonly HashSet<string> Weekdays = new(new[]
    {
        "السبت", "الاحد", "الاثنين", "الإثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة",
    }.Select(ArabicNormalizer.Normalize), StringComparer.Ordinal);

    // Words that make a month word a date: في نيسان، منذ أيار، مطلع حزيران، شهر آب.
    private static readonly HashSet<string> DateLead = new(new[]
    {
        "في", "منذ", "حتى", "خلال", "من", "الى", "شهر", "مطلع", "اوائل", "اواخر", "اواسط", "منتصف", "نهاية", "بداية", "اول", "آخر",
    }.Select(ArabicNormalizer.Normalize), StringComparer.Ordinal);

    private static readonly HashSet<string> DateTail = new(StringComparer.Ordinal) { "الماضي", "المقبل", "الجاري", "الحالي" };

    /// <summary>True for a weekday, or a month read as a date: next to a number (10 نيسان 2025), after a
    /// preposition or "month" (في نيسان، شهر آب), before الماضي/المقبل, beside another month
    /// (نيسان/أبريل), or with a clitic (بنيسان). A month word
    /// elsewhere may be a name the recogniser found: تقدم نيسان "أورفان" is the car maker.</summary>
    public static bool IsDateAt(AnalyzedText text, int i)
    {
        var norm = text.Norms[i];
        if (!Words.Contains(norm))
        {
            return IsCalendarWord(norm); // with clitics (بنيسان، والخميس): a date
        }

        if (Weekdays.Contains(norm))
        {
            return true;
        }

        bool NumberAt(int k) => k >= 0 && k < text.Count && text.Tokens[k].Kind == TokenKind.Number;
        bool MonthAt(int k) => k >= 0 && k < text.Count && Words.Contains(text.Norms[k]);
        bool SlashAt(int k) => k >= 0 && k < text.Count && text.Norms[k] is "/" or "-";
        return NumberAt(i - 1) || NumberAt(i + 1) || (i > 0 && DateLead.Contains(text.Norms[i - 1]))
            || (i + 1 < text.Count && DateTail.Contains(text.Norms[i + 1]))
            || (SlashAt(i + 1) && MonthAt(i + 2)) || (SlashAt(i - 1) && MonthAt(i - 2));
    }

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
