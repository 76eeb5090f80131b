using DigestGen.Entities.Recognition;

namespace DigestGen.Tests.Entities;

/// <summary>The training-text word counts the recogniser reads: what the code tells apart, and
/// that the model file keeps them.</summary>
public sealed class WordStatTests
{
    private static WordStat Seen(params string[] tags) =>
        tags.Aggregate(WordStat.None, (s, t) => s.With(NerTags.Parse(t)));

    [Fact]
    public void CountsOccurrencesAndNamesPerClass()
    {
        var s = Seen("B-PERS", "O", "I-PERS", "B-LOC");
        Assert.Equal(new WordStat(4, 2, 1, 0, 0), s);
        Assert.Equal(new WordStat(1, 0, 1, 0, 0), s.Minus(Seen("B-PERS", "O", "I-PERS")));
    }

    [Fact]
    public void TellsAnUnseenWordFromAWordSeenOnlyOutsideNames()
    {
        Assert.Equal(0u, WordStat.None.Code);
        Assert.NotEqual(WordStat.None.Code, Seen("O").Code);
        Assert.Equal(Seen("O", "O").Code, Seen("O", "O", "O").Code);
    }

    [Fact]
    public void TellsAPersonNameFromAPlaceNameAndASometimesName()
    {
        var person = Seen("B-PERS", "B-PERS").Code;
        Assert.NotEqual(person, Seen("B-LOC", "B-LOC").Code);
        Assert.NotEqual(person, Seen("B-PERS", "O").Code);
        Assert.NotEqual(Seen("B-PERS", "O").Code, Seen("B-PERS", "O", "O").Code);
    }

    [Fact]
    public void ModelFileKeepsTheCounts()
    {
        var stats = new Dictionary<string, WordStat>(StringComparer.Ordinal) { ["شيراك"] = new WordStat(3, 3, 0, 0, 0), ["في"] = new WordStat(9, 0, 0, 0, 0) };
        var model = new NerModel(10, new short[(1 << 10) * NerTags.Count], 1f, new float[NerTags.Count * NerTags.Count], new float[NerTags.Count], new NerLexicon([], [], stats));
        using var stream = new MemoryStream();
        model.Save(stream);
        var loaded = NerModel.Load(new MemoryStream(stream.ToArray()));
        Assert.Equal(stats["شيراك"], loaded.Lexicon.StatOf("شيراك"));
        Assert.Equal(WordStat.None, loaded.Lexicon.StatOf("باريس"));
    }
}
