using DigestGen.Entities;
using DigestGen.Entities.Recognition;

namespace DigestGen.Tests.Entities;

public sealed class EmbeddedModelTests
{
    [Fact]
    public void TheAssemblyCarriesATrainedModel()
    {
        var model = NerModel.LoadEmbedded();
        Assert.NotNull(model);
        Assert.NotEmpty(model.Lexicon.CommonWords);
        Assert.True(EntityExtractor.Create(Gazetteer.Empty).HasRecognizer);
    }

    [Fact]
    public void TheEmbeddedModelIsStoredUnpackedSoStartUpReadsItInPlace()
    {
        using var stream = typeof(NerModel).Assembly.GetManifestResourceStream(NerModel.ResourceName)!;
        var head = new byte[6];
        stream.ReadExactly(head);
        // What BinaryWriter writes for the magic string: its length, then "DGNER"; a Brotli stream starts otherwise.
        Assert.Equal([5, (byte)'D', (byte)'G', (byte)'N', (byte)'E', (byte)'R'], head);
    }

    [Fact]
    public void RecognisesAPlaceFromTheNewswireItWasTrainedOn()
    {
        var found = EntityExtractor.Create(Gazetteer.Empty).Extract("وصل الوزير إلى القاهرة أمس في زيارة رسمية .", [], []);
        Assert.Contains(found, e => e.Type == EntityType.Place && e.Mentions[0].Text == "القاهرة");
    }

    [Theory]
    [InlineData("قال إن الاجتماع سيعقد يوم الثلاثاء في شباط / فبراير .")]
    [InlineData("وصل يوم الخميس ١٢ آذار / مارس .")]
    public void NeverReportsWeekdaysOrMonths(string text) =>
        Assert.Empty(EntityExtractor.Create(Gazetteer.Empty).Extract(text, [], []));

    [Fact]
    public void LinksAFamilyNameToThePersonARoleIntroduced()
    {
        var found = EntityExtractor.Create(Gazetteer.Empty).Extract("أعلن الرئيس التنفيذي إيدي وو أن الشركة ستنمو. وأضاف وو أن الخطة جاهزة.", [], []);
        var person = Assert.Single(found, e => e.Type == EntityType.Person);
        Assert.Equal(["إيدي وو", "وو"], person.Mentions.Select(m => m.Text));
    }

    [Fact]
    public void IsSafeToUseFromManyThreads()
    {
        var extractor = EntityExtractor.Create(Gazetteer.Empty);
        const string text = "أعلنت مجموعة \"علي بابا\" عن نموذج \"Qwen3\" في بكين .";
        var expected = extractor.Extract(text, [], []);
        Parallel.For(0, 16, _ => Assert.Equal(expected.Select(e => e.Id), extractor.Extract(text, [], []).Select(e => e.Id)));
    }
}
