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
        Time("tokenize", () => DigestGen.Arabic.ArabicTokenizer.Tokenize(text));
        var toks = DigestGen.Arabic.ArabicTokenizer.Tokenize(text);
        Time("normalize", () => { foreach (var t in toks) { NormalForms.Of(t.Span(text)); } });
        Time("analyse", () => new AnalyzedText(text));
        var scan = new ArticleScan(new AnalyzedText(text), model.Lexicon);
        Time("model", () => ModelSpanFinder.Find(scan, recognizer, out _));
        ModelSpanFinder.Find(scan, recognizer, out var tags);
        var input = new SentenceInput(scan.Text.Norms.ToArray(), scan.Text.Tokens.Select(t => t.Kind).ToArray());
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
        var matcher = new DigestGen.Entities.Matching.GazetteerMatcher(Gazetteer.Empty);
        Time("curated", () => matcher.FindAll(scan.Text));
        var modelSpans = ModelSpanFinder.Find(scan, recognizer, out _);
        var rules = QuotedNameRule.Find(scan, tags).Concat(LatinNameRule.Find(scan)).Concat(RoleNameRule.Find(scan)).ToList();
        Time("resolve", () => new MentionResolver(scan, matcher).Resolve(matcher.FindAll(scan.Text), rules, modelSpans));
        Time("extract", () => extractor.Extract(text, [], []));
    }

    private static void Time(string name, Action action)
    {
        // Enough calls that the runtime has optimised the code (it waits for 30 calls and a quiet
        // moment): with 20, every stage was measured as unoptimised code, two to four times slower.
        for (var i = 0; i < 2000; i++)
        {
            action();
        }

        // CPU time as well as wall time: on a shared, overloaded machine the wall clock mostly
        // measures waiting for a core.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 300; i++)
        {
            action();
        }

        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / 300;
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Console.WriteLine($"{name,-10} {clock.Elapsed.TotalMilliseconds / 300:F3} ms wall, {cpuMs:F3} ms CPU, {allocated / 1024.0:F1} KiB allocated");
    }
}
