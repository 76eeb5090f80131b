using DigestGen.Arabic;
using DigestGen.Content;

namespace DigestGen.Tests.Content;

public sealed class ArabicDatesTests
{
    private static readonly DateOnly April29 = new(2025, 4, 29);

    [Fact]
    public void WritesLevantineMonthWithItsGregorianName() =>
        Assert.Equal("29 نيسان/ أبريل 2025", ArabicDates.Format(April29, MonthNames.Levantine, DigitStyle.Latin));

    [Fact]
    public void WritesEgyptianAndGulfMonthNames() =>
        Assert.Equal("29 أبريل 2025", ArabicDates.Format(April29, MonthNames.Standard, DigitStyle.Latin));

    [Fact]
    public void WritesArabicIndicDigitsWhenConfigured() =>
        Assert.Equal("٢٩ نيسان/ أبريل ٢٠٢٥", ArabicDates.Format(April29, MonthNames.Levantine, DigitStyle.Arabic));

    [Fact]
    public void NamesTheWeekdayInTheGregorianCalendar() =>
        Assert.Equal("الثلاثاء 29 أبريل 2025", ArabicDates.FormatWithWeekday(April29, MonthNames.Standard, DigitStyle.Latin));

    [Theory]
    [InlineData(1, "كانون الثاني/ يناير")]
    [InlineData(2, "شباط/ فبراير")]
    [InlineData(3, "آذار/ مارس")]
    [InlineData(8, "آب/ أغسطس")]
    [InlineData(12, "كانون الأول/ ديسمبر")]
    public void NamesEveryLevantineMonth(int month, string expected) =>
        Assert.Equal(expected, ArabicDates.MonthName(month, MonthNames.Levantine));
}
