using System.Diagnostics;
using DigestGen.Entities;
using DigestGen.Entities.Extraction;
using DigestGen.Entities.Recognition;

namespace DigestGen.Benchmarks;

/// <summary>`--stages FILE`: a rough split of extraction time by stage, to see where to look before
/// running the real benchmark. Not a measurement to report.</summary>
internal static class StageProfile
{
    public static void Run(string path)
    {
        var text = File.ReadAllText(path);
        var model = NerModel.LoadEmbedded()!;
        var recognizer = new NerRecognizer(model);
        var extractor = EntityExtractor.Create(Gazetteer.Empty);
        Time("analyse", () => new AnalyzedText(text));
        var scan = new ArticleScan(new AnalyzedText(text), model.Lexicon);
        Time("model", () => ModelSpanFinder.Find(scan, recognizer, out _));
        ModelSpanFinder.Find(scan, recognizer, out var tags);
        var input = new SentenceInput(scan.Text.Norms, scan.Text.Tokens.Select(t => t.Kind).ToArray());
        var buffer = new FeatureBuffer();
        Time("features", () => model.Features.Extract(input, buffer));
        Time("tag-all", () => recognizer.Tag(input));
        Time("lexicon", () => { for (var i = 0; i < input.Length; i++) { model.Lexicon.LongestNameAt(input.Norms, i, input.Length, out _); } });
        Time("clitics", () => { foreach (var n in input.Norms) { DigestGen.Arabic.Proclitics.StripDefinite(n); } });
        Time("analyses", () => { foreach (var n in input.Norms) { DigestGen.Arabic.Proclitics.Analyses(n); } });
        Time("triggers", () => { foreach (var n in input.Norms) { TriggerWords.ClassOf(n); } });
        Time("hash", () => { foreach (var n in input.Norms) { for (var k = 0; k < 40; k++) { StableHash.Of(n, (uint)k); } } });
        Time("quoted", () => QuotedNameRule.Find(scan, tags));
        Time("latin", () => LatinNameRule.Find(scan));
        Time("role", () => RoleNameRule.Find(scan));
        Time("extract", () => extractor.Extract(text, [], []));
    }

    private static void Time(string name, Action action)
    {
        for (var i = 0; i < 20; i++)
        {
            action();
        }

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 300; i++)
        {
            action();
        }

        Console.WriteLine($"{name,-10} {clock.Elapsed.TotalMilliseconds / 300:F3} ms");
    }
}
