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
    public int LongestNameAt(IReadOnlyList<string> norms, int i, int end, out int length) =>
        LongestNameAt(norms, i, end, StartsOf(norms[i]), out length);

    /// <summary>As above, with <paramref name="starts"/> the <see cref="StartsOf"/> of the word at <paramref name="i"/>.</summary>
    public int LongestNameAt(IReadOnlyList<string> norms, int i, int end, int[] starts, out int length)
    {
        length = 0;
        var flags = 0;
        foreach (var start in starts)
        {
            var l = length;
            var f = Walk(norms, i, end, start, ref l);
            if (l > length)
            {
                (flags, length) = (f, l);
            }
        }

        return flags;
    }

    /// <summary>True when the word alone, or a clitic reading of it, is a listed name: what
    /// <see cref="LongestNameAt(IReadOnlyList{string}, int, int, out int)"/> of the word by itself says
    /// (non-zero), asked without a list for the word and its starts (the rules ask it of many words).</summary>
    public bool IsListedName(string norm)
    {
        if (IsName(_names.Step(AliasTrie.Root, norm)))
        {
            return true;
        }

        if (norm.Length > 3 && norm[0] is 'و' or 'ف' or 'ب' or 'ك' or 'ل')
        {
            foreach (var split in CliticReadings.Of(norm))
            {
                if (split.HasPrefix && IsName(_names.Step(AliasTrie.Root, split.Stem)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool IsName(int node) => node >= 0 && _names.Payload(node) > 0;

    /// <summary>
    /// Where the listed names that may start with this word begin: its own node, then one per
    /// clitic reading of it (وبكين → بكين), in that order; only the readings that begin a name.
    /// The same for every occurrence of a word, so extraction caches it with the word's facts.
    /// </summary>
    public int[] StartsOf(string norm)
    {
        var own = _names.Step(AliasTrie.Root, norm);
        List<int>? starts = own >= 0 ? [own] : null;
        if (norm.Length > 3 && norm[0] is 'و' or 'ف' or 'ب' or 'ك' or 'ل')
        {
            foreach (var split in CliticReadings.Of(norm))
            {
                if (split.HasPrefix && _names.Step(AliasTrie.Root, split.Stem) is var node and >= 0)
                {
                    (starts ??= []).Add(node);
                }
            }
        }

        return starts is null ? [] : [.. starts];
    }

    public static IReadOnlyList<string> Tokens(string name) =>
        ArabicTokenizer.Tokenize(name).Where(t => t.IsWord).Select(t => ArabicNormalizer.Normalize(t.Text(name))).ToList();

    private int Walk(IReadOnlyList<string> norms, int i, int end, int node, ref int length)
    {
        var flags = 0;
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
