using DigestGen.Arabic;

namespace DigestGen.Tests.Arabic;

public sealed class SlugsTests
{
    [Fact]
    public void KeepsArabicLettersAndLowerCasesLatin() =>
        Assert.Equal("علي-بابا-تطلق-qwen3", Slugs.FromText("علي بابا تطلق \"Qwen3\""));

    [Theory]
    [InlineData("مَرْحَبًا", "مرحبا")]
    [InlineData("جـــديد", "جديد")]
    [InlineData("«أوبن»، هل؟ نعم؛", "أوبن-هل-نعم")]
    public void DropsMarksTatweelAndPunctuation(string input, string expected) => Assert.Equal(expected, Slugs.FromText(input));

    [Fact]
    public void TransliteratesToAscii() => Assert.Equal("aly-baba", Slugs.FromText("علي بابا", transliterate: true));

    [Theory]
    [InlineData("../etc/passwd")]
    [InlineData("a/b\\c")]
    [InlineData("..")]
    public void NeverProducesPathSegments(string input)
    {
        var slug = Slugs.FromText(input);
        Assert.DoesNotContain("/", slug);
        Assert.DoesNotContain("\\", slug);
        Assert.DoesNotContain("..", slug);
    }

    [Fact]
    public void ConvertsDigits() => Assert.Equal("2025", Slugs.FromText("٢٠٢٥"));

    [Fact]
    public void IsNeverEmptyForLetters() => Assert.NotEmpty(Slugs.FromText("؟ «ب» !", transliterate: true));
}
