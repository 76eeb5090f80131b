using DigestGen.Arabic;

namespace DigestGen.Tests.Arabic;

public sealed class ArabicNormalizerTests
{
    [Theory]
    [InlineData("مُحَمَّدٌ", "محمد")]
    [InlineData("كِتَابًا", "كتابا")]
    [InlineData("سُكُونْ", "سكون")]
    [InlineData("رحمٰن", "رحمن")]
    public void StripsDiacriticsAndSuperscriptAlef(string input, string expected) =>
        Assert.Equal(expected, ArabicNormalizer.Normalize(input));

    [Fact]
    public void StripsTatweel() => Assert.Equal("جديد", ArabicNormalizer.Normalize("جـــديد"));

    [Theory]
    [InlineData("أحمد", "احمد")]
    [InlineData("إسلام", "اسلام")]
    [InlineData("آبل", "ابل")]
    [InlineData("ٱلله", "الله")]
    public void FoldsAlefForms(string input, string expected) => Assert.Equal(expected, ArabicNormalizer.Normalize(input));

    [Fact]
    public void FoldsAlefMaqsuraToYa() => Assert.Equal("علي", ArabicNormalizer.Normalize("على"));

    [Fact]
    public void FoldsTaMarbutaToHa() => Assert.Equal("مدرسه", ArabicNormalizer.Normalize("مدرسة"));

    [Theory]
    [InlineData("ی", "ي")]
    [InlineData("ک", "ك")]
    public void FoldsPersianYaAndKaf(string input, string expected) => Assert.Equal(expected, ArabicNormalizer.Normalize(input));

    [Theory]
    [InlineData("٢٠٢٥", "2025")]
    [InlineData("۱۹۹۹", "1999")]
    public void ConvertsArabicIndicAndPersianDigitsToAscii(string input, string expected) =>
        Assert.Equal(expected, ArabicNormalizer.Normalize(input));

    [Theory]
    [InlineData("\u200Bغوغل", "غوغل")]
    [InlineData("غو\u200Cغل", "غوغل")]
    [InlineData("\u200Fغوغل\u200E", "غوغل")]
    [InlineData("\u202Bغوغل\u202C", "غوغل")]
    [InlineData("\u2067غوغل\u2069", "غوغل")]
    [InlineData("\uFEFFغوغل", "غوغل")]
    public void DropsBidiAndZeroWidthMarks(string input, string expected) => Assert.Equal(expected, ArabicNormalizer.Normalize(input));

    [Fact]
    public void LowerCasesLatin() => Assert.Equal("qwen3 moe", ArabicNormalizer.Normalize("Qwen3 MoE"));

    [Fact]
    public void ReturnsSameInstanceWhenAlreadyNormal()
    {
        var text = "غوغل qwen";
        Assert.Same(text, ArabicNormalizer.Normalize(text));
    }

    [Fact]
    public void SurfaceOffsetSkipsMarksAfterTheCut() => Assert.Equal(2, ArabicNormalizer.SurfaceOffset("وَالصين", 1));
}
