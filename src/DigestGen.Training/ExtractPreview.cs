using DigestGen.Entities;
using DigestGen.Entities.Extraction;
using DigestGen.Entities.Recognition;
using DigestGen.Entities.Recognition.Training;

namespace DigestGen.Training;

/// <summary>`--preview FILE`: prints what the freshly trained model extracts from a text file, to see a
/// change's effect on a real article without building the site.</summary>
internal static class ExtractPreview
{
    public static void Print(NerModel model, string path, TextWriter log)
    {
        var extractor = EntityExtractor.Create(Gazetteer.Empty, model);
        var scan = new ArticleScan(new AnalyzedText(File.ReadAllText(path)), model.Lexicon);
        ModelSpanFinder.Find(scan, new NerRecognizer(model), out var tags);
        var tagged = Enumerable.Range(0, tags.Length).Where(i => tags[i] != NerTags.Outside);
        log.WriteLine("recogniser: " + string.Join(' ', tagged.Select(i => $"{scan.Text.Norms[i]}/{(NerTags.IsBegin(tags[i]) ? "B" : "I")}-{NerTags.Classes[NerTags.ClassOf(tags[i])]}")));
        foreach (var e in extractor.Extract(File.ReadAllText(path), [], []))
        {
            log.WriteLine($"{e.Type.ToName(),-13} {e.Id,-28} {e.Name}  [{string.Join(" | ", e.Mentions.Select(m => m.Text))}]");
        }
    }
}
