using DigestGen.Entities.Recognition;
using DigestGen.Entities.Recognition.Training;

namespace DigestGen.Training;

/// <summary>Scores the held-out sentences: the bare tagger on the gold tokens (what the model
/// learnt), and the full extractor on article text built as ner-score.py builds it (what users get).</summary>
internal static partial class DevEvaluation
{
    public static double Report(NerModel model, IReadOnlyList<ConllSentence> dev, TextWriter log)
    {
        var scores = new SpanScores();
        var tagged = FeatureCache.Blocks(dev, model.Features).SelectMany(block => DocumentTagger.Tag(model, block)).ToList();
        for (var k = 0; k < dev.Count; k++)
        {
            var s = dev[k];
            var predicted = Spans(tagged[k]);
            var gold = Spans(s.Tags);
            if (Environment.GetEnvironmentVariable("NER_DUMP") is { } dump)
            {
                foreach (var m in gold.Except(predicted).Where(x => x.Type == dump))
                {
                    log.WriteLine($"MISS {m.Type}: {string.Join(' ', s.Tokens.Skip(m.Start).Take(m.End - m.Start))} | {string.Join(' ', s.Tokens.Skip(Math.Max(0, m.Start - 3)).Take(m.End - m.Start + 6))}");
                }

                foreach (var m in predicted.Except(gold).Where(x => x.Type == dump))
                {
                    log.WriteLine($"FALSE {m.Type}: {string.Join(' ', s.Tokens.Skip(m.Start).Take(m.End - m.Start))} | {string.Join(' ', s.Tokens.Skip(Math.Max(0, m.Start - 3)).Take(m.End - m.Start + 6))}");
                }
            }

            foreach (var type in SpanScores.Types)
            {
                var p = predicted.Where(x => x.Type == type).ToHashSet();
                var g = gold.Where(x => x.Type == type).ToHashSet();
                scores.Add(type, p.Intersect(g).Count(), p.Count, g.Count);
            }
        }

        scores.Print($"dev ({dev.Count} sentences), tagger alone on gold tokens:", log);
        return ReportExtractor(model, dev, log);
    }

    private static List<(int Start, int End, string Type)> Spans(int[] tags)
    {
        var spans = new List<(int, int, string)>();
        for (var i = 0; i < tags.Length; i++)
        {
            if (!NerTags.IsBegin(tags[i]))
            {
                continue;
            }

            var end = i + 1;
            while (end < tags.Length && tags[end] == NerTags.Inside(NerTags.ClassOf(tags[i])))
            {
                end++;
            }

            var cls = NerTags.ClassOf(tags[i]);
            if (cls < 3)
            {
                spans.Add((i, end, SpanScores.Types[cls]));
            }
        }

        return spans;
    }
}
