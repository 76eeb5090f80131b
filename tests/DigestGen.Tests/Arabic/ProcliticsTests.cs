using DigestGen.Arabic;

namespace DigestGen.Tests.Arabic;

public sealed class ProcliticsTests
{
    private static bool Has(string word, string prefix, string stem) =>
        Proclitics.Analyses(word).Any(s => s.Prefix == prefix && s.Stem == stem);

    [Theory]
    [InlineData("وبكين", "و", "بكين")]
    [InlineData("فبكين", "ف", "بكين")]
    [InlineData("بغوغل", "ب", "غوغل")]
    [InlineData("كغوغل", "ك", "غوغل")]
    [InlineData("لغوغل", "ل", "غوغل")]
    [InlineData("الصين", "ال", "صين")]
    [InlineData("والصين", "وال", "صين")]
    [InlineData("فالصين", "فال", "صين")]
    [InlineData("بالصين", "بال", "صين")]
    [InlineData("كالصين", "كال", "صين")]
    [InlineData("للصين", "لل", "صين")]
    [InlineData("وللصين", "ولل", "صين")]
    [InlineData("وبالصين", "وبال", "صين")]
    public void SplitsEveryProclitic(string word, string prefix, string stem) => Assert.True(Has(word, prefix, stem));

    [Fact]
    public void StripsWawAndAlPrefixesFromPlaceName() => Assert.True(Has("والصين", "و", "الصين"));

    [Fact]
    public void RestoresTheArticleFusedIntoLamLam()
    {
        var split = Proclitics.Analyses("للصين").First(s => s.Prefix == "ل");
        Assert.Equal("الصين", split.Stem);
        Assert.Equal(0, split.SurfaceSkip);
    }

    [Fact]
    public void LeavesTheConjunctionOutOfTheSurfaceOfWaLamLam() =>
        Assert.Equal(1, Proclitics.Analyses("وللصين").First(s => s.Stem == "الصين").SurfaceSkip);

    [Fact]
    public void ListsTheUnsplitWordFirst() => Assert.Equal(new CliticSplit("", "بكين", 0), Proclitics.Analyses("بكين")[0]);

    [Theory]
    [InlineData("وو")]
    [InlineData("بي")]
    public void NeverLeavesAStemShorterThanTwoLetters(string word) =>
        Assert.All(Proclitics.Analyses(word).Where(s => s.HasPrefix), s => Assert.True(s.Stem.Length >= 2));

    [Theory]
    [InlineData("والصين", "صين")]
    [InlineData("للصين", "صين")]
    [InlineData("الصين", "صين")]
    [InlineData("وزير", "وزير")]
    [InlineData("بكين", "بكين")]
    public void StripDefiniteOnlyCutsWordsWithTheArticle(string word, string expected) =>
        Assert.Equal(expected, Proclitics.StripDefinite(word));

    [Theory]
    [InlineData("ل")]
    [InlineData("و")]
    [InlineData("بال")]
    public void RecognisesACliticDetachedByTatweel(string normalized) => Assert.True(Proclitics.IsDetachedClitic(normalized));

    [Fact]
    public void ListsThePrefixesTheScorerAccepts() =>
        Assert.Equal(["ولل", "وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ك", "ل"], Proclitics.All);
}
