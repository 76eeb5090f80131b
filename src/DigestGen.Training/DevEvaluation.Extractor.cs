using System.Text;
using DigestGen.Arabic;
using DigestGen.Entities;
using DigestGen.Entities.Recognition;
using DigestGen.Entities.Recognition.Training;

namespace DigestGen.Training;

internal static partial class DevEvaluation
{
    private const int PerArticle = 25;
    private const int PerParagraph = 5;

    // Mirrors ../shared/eval/ner-score.py: articles of 25 sentences, a paragraph every 5, tokens joined
    // by spaces, an empty gazetteer; a mention counts when it ends where the gold span ends and starts
    // at its start or right after a proclitic.
    private static double ReportExtractor(NerModel model, IReadOnlyList<ConllSentence> dev, TextWriter log)
    {
        var extractor = EntityExtractor.Create(Gazetteer.Empty, model);
        var scores = new SpanScores();
        for (var a = 0; a < dev.Count; a += PerArticle)
        {
            var (text, gold) = BuildArticle(dev.Skip(a).Take(PerArticle).ToList());
            var predicted = extractor.Extract(text, [], [])
                .SelectMany(e => e.Mentions.Select(m => (m.Start, End: m.End, Type: e.Type.ToName())))
                .Distinct().OrderBy(p => p).ToList();
            Score(text, predicted, gold, scores);
        }

        scores.Print($"dev ({dev.Count} sentences), full extraction as ner-score.py scores it:", log);
        return scores.MicroF1;
    }

    private static (string Text, List<(int Start, int End, string Type)> Gold) BuildArticle(List<ConllSentence> sentences)
    {
        var text = new StringBuilder();
        var gold = new List<(int Start, int End, string Type)>();
        for (var p = 0; p < sentences.Count; p += PerParagraph)
        {
            if (p > 0)
            {
                text.Append("\n\n");
            }

            var first = true;
            foreach (var s in sentences.Skip(p).Take(PerParagraph))
            {
                for (var i = 0; i < s.Tokens.Count; i++)
                {
                    text.Append(first ? "" : " ");
                    first = false;
                    var start = text.Length;
                    text.Append(s.Tokens[i]);
                    AddGold(gold, s.Tags[i], start, text.Length);
                }
            }
        }

        return (text.ToString(), gold);
    }

    private static void AddGold(List<(int Start, int End, string Type)> gold, int tag, int start, int end)
    {
        var cls = NerTags.ClassOf(tag);
        if (cls is < 0 or > 2)
        {
            return;
        }

        var type = SpanScores.Types[cls];
        if (NerTags.IsBegin(tag))
        {
            gold.Add((start, end, type));
        }
        else if (gold.Count > 0 && gold[^1].Type == type && gold[^1].End >= start - 1)
        {
            gold[^1] = (gold[^1].Start, end, type);
        }
    }

    private static void Score(string text, List<(int Start, int End, string Type)> predicted, List<(int Start, int End, string Type)> gold, SpanScores scores)
    {
        var used = new HashSet<int>();
        foreach (var p in predicted)
        {
            var hit = gold.FindIndex(g => !used.Contains(gold.IndexOf(g)) && g.Type == p.Type && g.End == p.End
                && (g.Start == p.Start || (p.Start > g.Start && Proclitics.All.Contains(text[g.Start..p.Start]))));
            if (hit >= 0)
            {
                used.Add(hit);
            }

            scores.Add(p.Type, hit >= 0 ? 1 : 0, 1, 0);
            if (hit < 0 && Environment.GetEnvironmentVariable("NER_DUMP2") == p.Type)
            {
                Console.WriteLine($"FALSE {p.Type}: {text[p.Start..p.End]} | {text[Math.Max(0, p.Start - 30)..Math.Min(text.Length, p.End + 30)].ReplaceLineEndings(" ")}");
            }
        }

        foreach (var g in gold)
        {
            scores.Add(g.Type, 0, 0, 1);
        }

        TallyErrors(text, predicted, gold, used);
    }
}
