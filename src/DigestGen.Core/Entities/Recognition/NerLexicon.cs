using DigestGen.Arabic;
using DigestGen.Entities.Matching;

namespace DigestGen.Entities.Recognition;

/// <summary>
/// The word lists the model carries with it: ANERGazet names per class (features, and evidence
/// for quoted names) and the common words of the training text (a quoted phrase made only of
/// them is speech or a slogan, not a name). Saved inside the model file.
/// </summary>
internal sealed class NerLexicon
{
    private readonly AliasTrie _names = new();

    public NerLexicon(IReadOnlyList<IReadOnlyList<string>>[] namesByClass, IEnumerable<string> commonWords, IReadOnlyDictionary<string, WordStat>? stats = null)
    {
        NamesByClass = namesByClass;
        Stats = stats ?? new Dictionary<string, WordStat>(StringComparer.Ordinal);
        for (var cls = 0; cls < namesByClass.Length; cls++)
        {
            foreach (var name in namesByClass[cls])
            {
                _names.AddFlag(name, 1 << cls);
            }
        }

        CommonWords = new HashSet<string>(commonWords, StringComparer.Ordinal);
    }

    /// <summary>Normalised names (as token lists) for PERS, LOC, ORG.</summary>
    public IReadOnlyList<IReadOnlyList<string>>[] NamesByClass { get; }

    public HashSet<string> CommonWords { get; }

    public bool IsCommon(string normalizedWord) => CommonWords.Contains(normalizedWord);

    /// <summary>Per normalised word of the training text, how often it occurred and inside which
    /// names; empty in a model trained before these counts (format 2).</summary>
    public IReadOnlyDictionary<string, WordStat> Stats { get; }

    public WordStat StatOf(string normalizedWord) => Stats.TryGetValue(normalizedWord, out var s) ? s : WordStat.None;

    /// <summary>Class flags of the longest listed name starting at <paramref name="i"/> (with a
    /// clitic reading of the first word), and its length in tokens; 0 when none.</summary>
    public int LongestNameAt(IReadOnlyList<string> norms, int i, int end, out int length)
    {
        length = 0;
        var flags = Walk(norms, i, end, norms[i], ref length);
        if (norms[i].Length > 3 && norms[i][0] is 'و' or 'ف' or 'ب' or 'ك' or 'ل')
        {
            foreach (var split in CliticReadings.Of(norms[i]))
            {
                if (split.HasPrefix)
                {
                    var l = length;
                    var f = Walk(norms, i, end, split.Stem, ref l);
                    if (l > length)
                    {
                        (flags, length) = (f, l);
                    }
                }
            }
        }

        return flags;
    }

    public static IReadOnlyList<string> Tokens(string name) =>
        ArabicTokenizer.Tokenize(name).Where(t => t.IsWord).Select(t => ArabicNormalizer.Normalize(t.Text(name))).ToList();

    private int Walk(IReadOnlyList<string> norms, int i, int end, string first, ref int length)
    {
        var flags = 0;
        var node = _names.Step(AliasTrie.Root, first);
        for (var j = i; node >= 0;)
        {
            if (_names.Payload(node) > 0 && j - i + 1 > length)
            {
                (flags, length) = (_names.Payload(node), j - i + 1);
            }

            if (++j >= end)
            {
                break;
            }

            node = _names.Step(node, norms[j]);
        }

        return flags;
    }
}
