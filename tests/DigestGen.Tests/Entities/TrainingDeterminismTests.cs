using DigestGen.Entities.Recognition;
using DigestGen.Entities.Recognition.Training;

namespace DigestGen.Tests.Entities;

public sealed class TrainingDeterminismTests
{
    private static readonly string[] Corpus =
    [
        "وقال B-PERS", "الرئيس O", "جاك B-PERS", "شيراك I-PERS", "في O", "باريس B-LOC", ". O", "",
        "أعلنت O", "شركة O", "غوغل B-ORG", "عن O", "نموذج O", "جديد O", "في O", "كاليفورنيا B-LOC", ". O", "",
        "زار O", "وزير O", "الخارجية O", "الصيني O", "وانغ B-PERS", "يي I-PERS", "بكين B-LOC", ". O", "",
    ];

    [Fact]
    public void SameDataGivesSameModelBytes()
    {
        var first = TrainOnce();
        var second = TrainOnce();
        Assert.Equal(first, second);
        Assert.NotEmpty(first);
    }

    [Fact]
    public void SavedModelLoadsAndTags()
    {
        var model = NerModel.Load(new MemoryStream(TrainOnce()));
        var tags = new NerRecognizer(model).Tag(SentenceInput.FromTokens(["أعلنت", "شركة", "غوغل"]));
        Assert.Equal(3, tags.Length);
    }

    [Fact]
    public void AModelSavedBrotliCompressedAsBeforeStillLoadsAndTagsTheSame()
    {
        var raw = TrainOnce(stacked: true);
        using var packed = new MemoryStream();
        using (var brotli = new System.IO.Compression.BrotliStream(packed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            brotli.Write(raw);
        }
        Assert.NotEqual(raw[..6], packed.ToArray()[..6]);
        var sentence = new[] { SentenceInput.FromTokens(["زار", "وزير", "الخارجية", "وانغ", "يي", "بكين"]) };

        var fromRaw = DocumentTagger.Tag(NerModel.Load(new MemoryStream(raw)), sentence);
        var fromPacked = DocumentTagger.Tag(NerModel.Load(new MemoryStream(packed.ToArray())), sentence);

        Assert.Equal(fromRaw[0], fromPacked[0]);
        Assert.Contains(fromRaw[0], t => t != NerTags.Outside);
    }

    [Fact]
    public void StackedModelIsDeterministicAndTagsWithBothPasses()
    {
        var first = TrainOnce(stacked: true);
        Assert.Equal(first, TrainOnce(stacked: true));
        var model = NerModel.Load(new MemoryStream(first));
        Assert.NotNull(model.Stacked);
        var tags = DocumentTagger.Tag(model, [SentenceInput.FromTokens(["زار", "وزير", "الخارجية", "بكين"])]);
        Assert.Equal(4, tags[0].Length);
    }

    private static byte[] TrainOnce(bool stacked = false)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, Corpus);
            var sentences = ConllCorpus.Read(path);
            var lexicon = LexiconBuilder.Build(null, sentences);
            var model = stacked
                ? new StackedTrainer(bucketBits: 12, epochs: 3).Train(sentences, lexicon, TextWriter.Null)
                : new PerceptronTrainer(bucketBits: 12, epochs: 3).Train(sentences, lexicon, TextWriter.Null);
            using var stream = new MemoryStream();
            model.Save(stream);
            return stream.ToArray();
        }
        finally
        {
            File.Delete(path);
        }
    }
}
