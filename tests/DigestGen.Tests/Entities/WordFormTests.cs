using DigestGen.Entities;
using DigestGen.Entities.Extraction;
using DigestGen.Entities.Matching;
using DigestGen.Entities.Recognition;

namespace DigestGen.Tests.Entities;

/// <summary>Tokens of one word form share one <see cref="WordForm"/>, and what it keeps is what the
/// per-word caches answer for its text.</summary>
public sealed class WordFormTests
{
    [Fact]
    public void TokensOfOneFormShareItWhateverTheirDiacritics()
    {
        // The same name plain and with a shadda share a form; glued to و and stretched with a tatweel it
        // is another form, whose readings are the cached ones of وبكين.
        var text = new AnalyzedText("قال الرئيس إن بكين تدعم بكّين وبكـين");
        var beijing = Enumerable.Range(0, text.Count).Where(i => text.Norms[i] == "بكين").ToList();

        Assert.Equal(2, beijing.Count);
        Assert.Same(text.Form(beijing[0]), text.Form(beijing[1]));
        Assert.Same(text.Form(beijing[0]), NormalForms.FormOf("بكين"));
        Assert.Equal("بكين", text.Form(beijing[0]).Text);
        Assert.Equal(CliticReadings.Of("وبكين"), text.Readings(text.Count - 1));
    }

    [Theory]
    [InlineData("الرئيس")]     // a person's title, with the article
    [InlineData("وقال")]       // a speech verb
    [InlineData("لنموذجها")]   // a product trigger behind a preposition and a suffix
    [InlineData("بكين")]       // not a trigger
    public void TriggerClassIsTheWordsClassOrItsStemsWithoutClitics(string word)
    {
        var norm = NormalForms.Of(word);
        var expected = TriggerWords.ClassOf(norm);
        if (expected < 0 && norm.Length >= 4)
        {
            expected = CliticReadings.Of(norm).Where(s => s.HasPrefix).Select(s => TriggerWords.ClassOf(s.Stem)).FirstOrDefault(c => c >= 0, -1);
        }

        var scan = new ArticleScan(new AnalyzedText(word), new NerLexicon([], []));

        Assert.Equal(expected, scan.TriggerClassAt(0));
        Assert.Equal(expected, NormalForms.FormOf(word).TriggerClass);
    }

    [Fact]
    public void LexicalClassesAreFoundForKnownTriggers()
    {
        Assert.Equal(0, NormalForms.FormOf("الرئيس").TriggerClass);
        Assert.Equal(4, NormalForms.FormOf("لنموذجها").TriggerClass);
        Assert.Equal(-1, NormalForms.FormOf("بكين").TriggerClass);
    }

    [Fact]
    public void FactsAreKeptPerExtractorAndAskedAgainForAnother()
    {
        var first = new FeatureExtractor(new NerLexicon([], []), 10);
        var second = new FeatureExtractor(new NerLexicon([], []), 12);
        var form = new WordForm("الصين");

        var a = form.FactsFor(first);
        Assert.Same(a, form.FactsFor(first));
        Assert.Same(first, a.BucketsOf);

        var b = form.FactsFor(second);
        Assert.Same(second, b.BucketsOf);
        Assert.Same(b, second.FactsOf("الصين"));
        Assert.Same(a, first.FactsOf("الصين"));
    }
}
