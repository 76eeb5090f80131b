using DigestGen.Content;

namespace DigestGen.Arabic;

/// <summary>
/// Gregorian dates written in Arabic. Never through .NET's ar-* cultures: ar-SA formats in the
/// Hijri calendar, and month names differ by region, so the names are ours and configurable.
/// </summary>
public static class ArabicDates
{
    private static readonly string[] Levantine =
        ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];

    private static readonly string[] Standard =
        ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    private static readonly string[] Weekdays = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

    public static string MonthName(int month, MonthNames style) => style switch
    {
        MonthNames.Levantine => $"{Levantine[month - 1]}/ {Standard[month - 1]}",
        MonthNames.Syriac => Levantine[month - 1],
        _ => Standard[month - 1],
    };

    /// <summary>"29 نيسان/ أبريل 2025".</summary>
    public static string Format(DateOnly date, MonthNames style, DigitStyle digits) =>
        ArabicDigits.Apply($"{date.Day} {MonthName(date.Month, style)} {date.Year}", digits);

    /// <summary>"الثلاثاء 29 نيسان/ أبريل 2025".</summary>
    public static string FormatWithWeekday(DateOnly date, MonthNames style, DigitStyle digits) =>
        $"{Weekdays[(int)date.DayOfWeek]} {Format(date, style, digits)}";

    /// <summary>"نيسان/ أبريل 2025".</summary>
    public static string FormatMonth(int year, int month, MonthNames style, DigitStyle digits) =>
        ArabicDigits.Apply($"{MonthName(month, style)} {year}", digits);
}
