using DigestGen.Arabic;

namespace DigestGen.Tests.Arabic;

public sealed class ArabicTokenizerTests
{
    private static string[] Texts(string text) => ArabicTokenizer.Tokenize(text).Select(t => t.Text(text)).ToArray();

    [Fact]
    public void KeepsOffsetsIntoTheOriginalText()
    {
        const string text = "قالت  \"علي بابا\"،";
        var tokens = ArabicTokenizer.Tokenize(text);
        Assert.All(tokens, t => Assert.Equal(t.Text(text), text.Substring(t.Start, t.Length)));
        Assert.Equal(["قالت", "\"", "علي", "بابا", "\"", "،"], Texts(text));
    }

    [Fact]
    public void SplitsTatweelCliticFromQuotedName() => Assert.Equal(["لـ", "\"", "ديبسيك", "\""], Texts("لـ\"ديبسيك\""));

    [Fact]
    public void KeepsDiacriticsInsideTheWord() => Assert.Equal(["مُؤكّدة"], Texts("مُؤكّدة"));

    [Theory]
    [InlineData("DeepSeek-R1", "DeepSeek-R1")]
    [InlineData("Qwen2.5", "Qwen2.5")]
    [InlineData("Qwen3", "Qwen3")]
    public void KeepsInnerDotsAndHyphensInLatinNames(string text, string expected) => Assert.Equal([expected], Texts(text));

    [Fact]
    public void SplitsAtAScriptChange() => Assert.Equal(["تطبيق", "Quark"], Texts("تطبيقQuark"));

    [Fact]
    public void ClassifiesTokenKinds()
    {
        var kinds = ArabicTokenizer.Tokenize("نموذج Qwen 2.5 ٢٠٢٥ .").Select(t => t.Kind).ToArray();
        Assert.Equal([TokenKind.Arabic, TokenKind.Latin, TokenKind.Number, TokenKind.Number, TokenKind.Punctuation], kinds);
    }

    [Fact]
    public void SplitsArabicHyphenatedWords() => Assert.Equal(["شمال", "-", "غرب"], Texts("شمال-غرب"));

    [Fact]
    public void SkipsBidiMarksBetweenWords() => Assert.Equal(["أ", "ب"], Texts("أ \u200F ب"));
}
