using DigestGen.Arabic;

namespace DigestGen.Entities.Recognition.Training;

/// <summary>Builds the model's lexicon: ANERGazet names per class, and the words the training
/// text uses almost only outside names (evidence that a quoted phrase is speech, not a name).</summary>
internal static class LexiconBuilder
{
    private const int MinCount = 3;
    private const double MinOutsideShare = 0.95;

    public static NerLexicon Build(string? gazetteerDirectory, IReadOnlyList<ConllSentence> training)
    {
        string[] files = ["pers.txt", "loc.txt", "org.txt"];
        var classes = files.Select(f => ReadNames(gazetteerDirectory, f)).ToArray();
        return new NerLexicon(classes, CommonWords(training), Stats(training));
    }

    private static IReadOnlyList<IReadOnlyList<string>> ReadNames(string? directory, string file)
    {
        var path = directory is null ? null : Path.Combine(directory, file);
        if (path is null || !File.Exists(path))
        {
            return [];
        }

        return File.ReadLines(path)
            .Select(NerLexicon.Tokens)
            .Where(t => t.Count > 0 && t.All(w => w.Any(char.IsLetter)))
            .Select(t => string.Join(' ', t))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(s => (IReadOnlyList<string>)s.Split(' '))
            .ToList();
    }

    // Every word of the training text with its count and its counts inside names of each class.
    private static Dictionary<string, WordStat> Stats(IReadOnlyList<ConllSentence> training)
    {
        var stats = new Dictionary<string, WordStat>(StringComparer.Ordinal);
        foreach (var s in training)
        {
            for (var i = 0; i < s.Tokens.Count; i++)
            {
                var w = ArabicNormalizer.Normalize(s.Tokens[i]);
                stats[w] = stats.GetValueOrDefault(w).With(s.Tags[i]);
            }
        }

        return stats;
    }

    private static IEnumerable<string> CommonWords(IReadOnlyList<ConllSentence> training)
    {
        var counts = new Dictionary<string, (int All, int Outside)>(StringComparer.Ordinal);
        foreach (var s in training)
        {
            for (var i = 0; i < s.Tokens.Count; i++)
            {
                var w = ArabicNormalizer.Normalize(s.Tokens[i]);
                if (!w.Any(char.IsLetter))
                {
                    continue;
                }

                var (all, outside) = counts.GetValueOrDefault(w);
                counts[w] = (all + 1, outside + (s.Tags[i] == NerTags.Outside ? 1 : 0));
            }
        }

        return counts.Where(kv => kv.Value.All >= MinCount && kv.Value.Outside >= MinOutsideShare * kv.Value.All)
            .Select(kv => kv.Key)
            .Order(StringComparer.Ordinal);
    }
}
