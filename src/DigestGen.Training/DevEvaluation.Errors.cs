namespace DigestGen.Training;

/// <summary>What kind of mistake each missed or wrong name is, summed over every scored split
/// (`--cv` prints the sums): a name found with the wrong type, found with wrong boundaries, or
/// missed; a prediction overlapping a name (boundary) or spurious. Tells where F1 is lost.</summary>
internal static partial class DevEvaluation
{
    public static readonly SortedDictionary<string, int> Errors = new(StringComparer.Ordinal);

    private static void TallyErrors(string text, List<(int Start, int End, string Type)> predicted, List<(int Start, int End, string Type)> gold, HashSet<int> used)
    {
        for (var k = 0; k < gold.Count; k++)
        {
            if (!used.Contains(k))
            {
                Count(gold[k].Type, KindOfMiss(text, gold[k], predicted));
            }
        }

        foreach (var p in predicted)
        {
            if (!gold.Any(g => g.Type == p.Type && SameSpan(text, g, p)))
            {
                Count(p.Type, gold.Any(g => p.Start < g.End && p.End > g.Start) ? "wrong, overlapping a name" : "wrong, spurious");
            }
        }
    }

    private static string KindOfMiss(string text, (int Start, int End, string Type) g, List<(int Start, int End, string Type)> predicted)
    {
        var same = predicted.FirstOrDefault(p => SameSpan(text, g, p));
        if (same.Type is not null)
        {
            return "missed, typed " + same.Type;
        }

        var overlapping = predicted.Where(p => p.Start < g.End && p.End > g.Start).ToList();
        return overlapping.Count == 0 ? "missed, nothing there"
            : overlapping.Any(o => o.Type == g.Type) ? "missed, boundaries" : "missed, boundaries and type";
    }

    private static bool SameSpan(string text, (int Start, int End, string Type) g, (int Start, int End, string Type) p) =>
        g.End == p.End && (g.Start == p.Start || (p.Start > g.Start && DigestGen.Arabic.Proclitics.All.Contains(text[g.Start..p.Start])));

    private static void Count(string type, string kind) => Errors[$"{type}: {kind}"] = Errors.GetValueOrDefault($"{type}: {kind}") + 1;
}
