using DigestGen.Arabic;
using DigestGen.Content;

namespace DigestGen.Tests.Arabic;

public sealed class ArabicCountsTests
{
    [Theory]
    [InlineData(1, "دقيقة واحدة")]
    [InlineData(2, "دقيقتان")]
    [InlineData(3, "3 دقائق")]
    [InlineData(10, "10 دقائق")]
    [InlineData(11, "11 دقيقة")]
    [InlineData(25, "25 دقيقة")]
    [InlineData(99, "99 دقيقة")]
    [InlineData(100, "100 دقيقة")]
    [InlineData(103, "103 دقائق")]
    [InlineData(0, "0 دقيقة")]
    public void CountsMinutesWithTheArabicNumberAgreement(int minutes, string expected)
    {
        Assert.Equal(expected, ArabicCounts.Format(minutes, ArabicCounts.Minute, DigitStyle.Latin));
    }

    [Fact]
    public void WritesArabicIndicDigitsWhenConfigured()
    {
        Assert.Equal("١٢ دقيقة", ArabicCounts.Format(12, ArabicCounts.Minute, DigitStyle.Arabic));
    }

    [Fact]
    public void CountsArticlesWithTheAccusativeSingularFromEleven()
    {
        Assert.Equal("خبران", ArabicCounts.Format(2, ArabicCounts.Article, DigitStyle.Latin));
        Assert.Equal("5 أخبار", ArabicCounts.Format(5, ArabicCounts.Article, DigitStyle.Latin));
        Assert.Equal("21 خبراً", ArabicCounts.Format(21, ArabicCounts.Article, DigitStyle.Latin));
    }
}
