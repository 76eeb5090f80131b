namespace DigestGen.Arabic;

/// <summary>
/// Proclitic analysis of normalised words: an optional conjunction (و ف), an optional
/// preposition (ب ك ل) and an optional article (ال), where ل + ال is written لل. Public
/// because the gazetteer matcher, the recogniser and the search index must cut words alike.
/// </summary>
public static class Proclitics
{
    /// <summary>Stems shorter than this are never split off: وو is a name, not و + و.</summary>
    public const int MinStemLength = 2;

    /// <summary>The conjunctions a word may start with, before a preposition or the article.</summary>
    public static readonly IReadOnlyList<string> Conjunctions = ["و", "ف"];

    /// <summary>The prepositions written onto a word, after a conjunction and before the article (ل + ال is written لل).</summary>
    public static readonly IReadOnlyList<string> Prepositions = ["ب", "ك", "ل"];

    public const string Article = "ال";

    /// <summary>The prefixes a mention may leave out, as ner-score.py and readers count them.</summary>
    public static readonly IReadOnlyList<string> All = ["ولل", "وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ك", "ل"];

    /// <summary>Every reading of <paramref name="normalizedWord"/>, the unsplit word first, then longer prefixes
    /// before shorter ones. Readings with the article give the stem both with it (ب + الصين) and without it
    /// (بال + صين).</summary>
    public static IReadOnlyList<CliticSplit> Analyses(string normalizedWord)
    {
        ArgumentNullException.ThrowIfNull(normalizedWord);
        if (normalizedWord.Length <= MinStemLength || normalizedWord[0] is not ('و' or 'ف' or 'ب' or 'ك' or 'ل' or 'ا'))
        {
            return [new CliticSplit("", normalizedWord, 0)]; // the common case, without the list and sort below
        }

        var result = new List<CliticSplit>(4) { new("", normalizedWord, 0) };
        var w = normalizedWord;
        var conj = w.Length > 0 && w[0] is 'و' or 'ف' ? 1 : 0;
        for (var c = conj; c >= 0; c--)
        {
            AddPrepositionReadings(w, c, result);
        }

        result.Sort(static (a, b) => b.Prefix.Length.CompareTo(a.Prefix.Length));
        var identity = result.FindIndex(static s => s.Prefix.Length == 0);
        var unsplit = result[identity];
        result.RemoveAt(identity);
        result.Insert(0, unsplit);
        return result;
    }

    /// <summary>The word without conjunction, preposition and article when it has an article
    /// (والصين, للصين, الصين → صين); otherwise the word itself, because a bare initial و/ب/ك/ل/ف
    /// is as often part of the word (وزير, بكين) as a clitic.</summary>
    public static string StripDefinite(string normalizedWord)
    {
        ArgumentNullException.ThrowIfNull(normalizedWord);
        foreach (var split in Analyses(normalizedWord))
        {
            if (split.Prefix.EndsWith("ال", StringComparison.Ordinal) || split.Prefix.EndsWith("لل", StringComparison.Ordinal))
            {
                return split.Stem;
            }
        }

        return normalizedWord;
    }

    /// <summary>True when the whole word is clitics waiting for the next word, as in لـ"ديبسيك"
    /// (the tatweel is already gone after normalisation) or a bare و before a quote.</summary>
    public static bool IsDetachedClitic(string normalizedWord) =>
        normalizedWord is "و" or "ف" or "ب" or "ك" or "ل" or "ال" or "وب" or "ول" or "وك" or "فب" or "فل" or "بال" or "لل" or "وال" or "ولل" or "كال" or "فال";

    private static void AddPrepositionReadings(string w, int conj, List<CliticSplit> result)
    {
        var hasPrep = w.Length > conj && w[conj] is 'ب' or 'ك' or 'ل';
        for (var p = hasPrep ? 1 : 0; p >= 0; p--)
        {
            var at = conj + p;
            if (p == 1 && w[conj] == 'ل' && StartsWith(w, at, "ل") && w.Length - at - 1 >= MinStemLength)
            {
                // ل + ال is written لل: the stem gets its article back.
                AddUnique(result, new CliticSplit(w[..at], "ال" + w[(at + 1)..], conj));
                AddUnique(result, new CliticSplit(w[..(at + 1)], w[(at + 1)..], at + 1));
            }
            else if (StartsWith(w, at, "ال") && w.Length - at - 2 >= MinStemLength)
            {
                if (at > 0)
                {
                    AddUnique(result, new CliticSplit(w[..at], w[at..], at));
                }

                AddUnique(result, new CliticSplit(w[..(at + 2)], w[(at + 2)..], at + 2));
            }
            else if (at > 0 && w.Length - at >= MinStemLength)
            {
                AddUnique(result, new CliticSplit(w[..at], w[at..], at));
            }
        }
    }

    private static bool StartsWith(string w, int at, string prefix) =>
        w.Length >= at + prefix.Length && string.CompareOrdinal(w, at, prefix, 0, prefix.Length) == 0;

    private static void AddUnique(List<CliticSplit> result, CliticSplit split)
    {
        if (split.Prefix.Length > 0 && !result.Contains(split))
        {
            result.Add(split);
        }
    }
}
