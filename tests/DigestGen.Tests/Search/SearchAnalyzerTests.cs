using DigestGen.Arabic.Stemming;

namespace DigestGen.Tests.Search;

public sealed class SearchAnalyzerTests
{
    private static readonly SearchAnalyzer Analyzer = SearchAnalyzer.Default;

    private static IReadOnlyList<string> KeysOf(string word) => Analyzer.Keys(SearchAnalyzer.Words(word).Single());

    [Theory]
    [InlineData("الصِّينُ", "الصين")]
    [InlineData("الـصين", "الصين")]
    [InlineData("أوبن إيه آي", "اوبن ايه اي")]
    [InlineData("مدرسة مستشفى", "مدرسه مستشفي")]
    [InlineData("٢٠٢٥", "2025")]
    public void NormalisesDiacriticsTatweelHamzaAlefYehTehMarbutaAndDigits(string text, string expected) =>
        Assert.Equal(expected, string.Join(" ", SearchAnalyzer.Words(text)));

    [Fact]
    public void SplitsWordsAtQuotesClingingCliticsAndLetterDigitBoundaries() =>
        Assert.Equal(["ل", "qwen", "3", "و", "ديبسيك"], SearchAnalyzer.Words("لـ\"Qwen3\" و«ديبسيك»"));

    [Fact]
    public void DropsTheAlefThatCarriesTanween() =>
        Assert.Equal(["نموذج", "مفكر"], SearchAnalyzer.Words("نموذجاً مفكّراً"));

    [Theory]
    [InlineData("الصين")]
    [InlineData("والصين")]
    [InlineData("بالصين")]
    [InlineData("للصين")]
    [InlineData("وللصين")]
    [InlineData("فالصين")]
    [InlineData("كالصين")]
    public void EveryCliticFormOfANameSharesItsKey(string word) =>
        Assert.Contains("صين", KeysOf(word));

    [Theory]
    [InlineData("بكين", "بكين")]
    [InlineData("وبكين", "بكين")]
    [InlineData("لبكين", "بكين")]
    [InlineData("وزير", "وزير")]
    public void KeepsAWordWhoseFirstLetterOnlyLooksLikeAClitic(string word, string key) =>
        Assert.Contains(key, KeysOf(word));

    [Theory]
    [InlineData("الرياضي", "رياض")]
    [InlineData("الرياضة", "رياض")]
    [InlineData("مصرف", "مصر")]
    [InlineData("كينتيك", "بكين")]
    [InlineData("الصينية", "صين")]
    [InlineData("نموذج", "نمو")]
    public void NeverStemsALongerWordOntoAShorterOne(string word, string shorter) =>
        Assert.DoesNotContain(shorter, KeysOf(word));

    [Theory]
    [InlineData("الخبراء", "خبير")]
    [InlineData("نماذجها", "نموذج")]
    [InlineData("الرقائق", "رقاقه")]
    [InlineData("رقاقة", "رقاقه")]
    [InlineData("للمطورين", "مطور")]
    [InlineData("المطورون", "مطور")]
    [InlineData("الشركات", "شركه")]
    [InlineData("شركتها", "شركه")]
    [InlineData("الصينيين", "صيني")]
    [InlineData("الصينية", "صيني")]
    [InlineData("المفتوحة", "مفتوح")]
    [InlineData("مليارات", "مليار")]
    public void StemsSuffixesAndBrokenPluralsToTheSingularsKey(string word, string key) =>
        Assert.Contains(key, KeysOf(word));

    [Theory]
    [InlineData("الصين", "صين")]
    [InlineData("بوتين", "بوتين")]
    [InlineData("منها", "منها")]
    [InlineData("بكين", "بكين")]
    public void LeavesShortStemsAndNamesEndingLikeSuffixesWhole(string word, string key) =>
        Assert.Equal(key, KeysOf(word)[0]);

    [Theory]
    [InlineData("غوغل", "جوجل")]
    [InlineData("قوقل", "جوجل")]
    [InlineData("هانغتشو", "هانجتشو")]
    public void FoldsTheLettersOfAForeignGInNameKeys(string spelling, string other) =>
        Assert.Equal(Analyzer.NameKey([other]), Analyzer.NameKey([spelling]));

    [Fact]
    public void EveryLexiconSingularIsItsOwnKey()
    {
        foreach (var (plural, singular) in SearchRules.Default.BrokenPlurals)
        {
            Assert.Equal(Analyzer.Stem(singular), Analyzer.Stem(plural));
        }
    }

    [Theory]
    [InlineData("وبالصين")]
    [InlineData("فللصين")]
    [InlineData("فكالصين")]
    [InlineData("ولبكين")]
    public void ComposesEveryCliticSequenceFromTheProcliticDefinition(string word) =>
        Assert.Contains(Analyzer.Keys(word), k => k is "صين" or "بكين");

    [Fact]
    public void CliticListsHoldEverySequenceLongestFirst()
    {
        Assert.Subset(CliticLists.Definite.ToHashSet(), new HashSet<string> { "ولل", "فلل", "وبال", "فكال", "وال", "فال", "بال", "كال", "لل", "ال" });
        Assert.Equal(12, CliticLists.Definite.Count);
        Assert.Equal(["وب", "وك", "ول", "فب", "فك", "فل", "ب", "ك", "ل", "و", "ف"], CliticLists.Bare);
        Assert.True(CliticLists.Definite.Zip(CliticLists.Definite.Skip(1)).All(p => p.First.Length >= p.Second.Length));
    }
}
