using DigestGen.Arabic;
using DigestGen.Entities;
using DigestGen.Entities.Recognition;
using DigestGen.Entities.Recognition.Training;

namespace DigestGen.Training;

/// <summary>`--compare`: where the extraction (rules, repeats, type votes) and the bare tagger
/// disagree on the held-out articles: gold names the one finds and the other misses, and
/// extraction predictions that match neither the gold nor any tagger span. Each line is a place
/// where the rules throw away, cut or retype the tagger's output, or add their own mistakes.</summary>
internal static partial class DevEvaluation
{
    public static void Compare(NerModel model, IReadOnlyList<ConllSentence> dev, TextWriter log)
    {
        var tagged = FeatureCache.Blocks(dev, model.Features).SelectMany(block => DocumentTagger.Tag(model, block)).ToList();
        var extractor = EntityExtractor.Create(Gazetteer.Empty, model);
        var tally = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (var a = 0; a < dev.Count; a += PerArticle)
        {
            var sentences = dev.Skip(a).Take(PerArticle).ToList();
            var (text, gold) = BuildArticle(sentences);
            var tagger = TaggerSpans(sentences, tagged.Skip(a).Take(sentences.Count).ToList());
            var extracted = extractor.Extract(text, [], [])
                .SelectMany(e => e.Mentions.Select(m => (m.Start, m.End, Type: e.Type.ToName())))
                .Distinct().ToList();
            CompareArticle(text, gold, tagger, extracted, tally, log);
        }

        foreach (var kv in tally)
        {
            log.WriteLine($"compare: {kv.Key}: {kv.Value}");
        }
    }

    private static void CompareArticle(string text, List<(int Start, int End, string Type)> gold, List<(int Start, int End, string Type)> tagger,
        List<(int Start, int End, string Type)> extracted, SortedDictionary<string, int> tally, TextWriter log)
    {
        void Note(string kind, (int Start, int End, string Type) span, IEnumerable<(int Start, int End, string Type)> others)
        {
            tally[kind] = tally.GetValueOrDefault(kind) + 1;
            var over = string.Join(" ; ", others.Where(o => o.Start < span.End && o.End > span.Start).Select(o => $"{text[o.Start..o.End]}/{o.Type}"));
            var context = text[Math.Max(0, span.Start - 25)..Math.Min(text.Length, span.End + 25)].ReplaceLineEndings(" ");
            log.WriteLine($"{kind}: [{text[span.Start..span.End]}] ({over}) | {context}");
        }

        foreach (var g in gold)
        {
            var (byTagger, byExtraction) = (Finds(text, tagger, g), Finds(text, extracted, g));
            if (byTagger != byExtraction)
            {
                Note($"{g.Type} gold, tagger {(byTagger ? "hit" : "miss")}, extraction {(byExtraction ? "hit" : "miss")}", g, extracted);
            }
        }

        foreach (var p in extracted.Where(p => !gold.Any(g => Finds(text, [p], g)) && !tagger.Any(t => Finds(text, [p], t) || Finds(text, [t], p))))
        {
            Note($"{p.Type} extracted, wrong and not the tagger's", p, gold);
        }
    }

    // As the scorer counts a hit: same type and end, same start or one after a proclitic.
    private static bool Finds(string text, List<(int Start, int End, string Type)> predicted, (int Start, int End, string Type) g) =>
        predicted.Any(p => p.Type == g.Type && p.End == g.End && (p.Start == g.Start || (p.Start > g.Start && Proclitics.All.Contains(text[g.Start..p.Start]))));

    // The tagger's spans on the gold tokens, placed at the tokens' offsets in the article text.
    private static List<(int Start, int End, string Type)> TaggerSpans(List<ConllSentence> sentences, List<int[]> tags)
    {
        var spans = new List<(int, int, string)>();
        var offsets = TokenOffsets(sentences);
        for (var s = 0; s < sentences.Count; s++)
        {
            foreach (var span in Spans(tags[s]))
            {
                spans.Add((offsets[s][span.Start].Start, offsets[s][span.End - 1].End, span.Type));
            }
        }

        return spans;
    }

    // Where BuildArticle puts each token: joined by spaces, a blank line between paragraphs.
    private static List<List<(int Start, int End)>> TokenOffsets(List<ConllSentence> sentences)
    {
        var result = new List<List<(int, int)>>();
        var at = 0;
        for (var p = 0; p < sentences.Count; p += PerParagraph)
        {
            at += p > 0 ? 2 : 0;
            var first = true;
            foreach (var s in sentences.Skip(p).Take(PerParagraph))
            {
                var tokens = new List<(int, int)>();
                foreach (var t in s.Tokens)
                {
                    at += first ? 0 : 1;
                    first = false;
                    tokens.Add((at, at + t.Length));
                    at += t.Length;
                }

                result.Add(tokens);
            }
        }

        return result;
    }
}
