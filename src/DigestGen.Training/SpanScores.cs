using DigestGen.Entities.Recognition.Training;
namespace DigestGen.Training;

/// <summary>Precision/recall/F1 counts per type, printed like ner-score.py.</summary>
internal sealed class SpanScores
{
    public static readonly string[] Types = ["person", "place", "organization"];

    private readonly Dictionary<string, int[]> _counts = Types.ToDictionary(t => t, _ => new int[3]);

    public void Add(string type, int truePositives, int predicted, int gold)
    {
        if (_counts.TryGetValue(type, out var c))
        {
            c[0] += truePositives;
            c[1] += predicted;
            c[2] += gold;
        }
    }

    public double MicroF1 => F1(Types.Sum(t => _counts[t][0]), Types.Sum(t => _counts[t][1]), Types.Sum(t => _counts[t][2])).F;

    public void Print(string title, TextWriter log)
    {
        log.WriteLine(title);
        foreach (var t in Types)
        {
            var c = _counts[t];
            var (p, r, f) = F1(c[0], c[1], c[2]);
            log.WriteLine($"  {t,-13} P {p:F3} R {r:F3} F1 {f:F3}  (tp {c[0]}, predicted {c[1]}, gold {c[2]})");
        }

        var tp = Types.Sum(t => _counts[t][0]);
        var pr = Types.Sum(t => _counts[t][1]);
        var go = Types.Sum(t => _counts[t][2]);
        var (mp, mr, mf) = F1(tp, pr, go);
        log.WriteLine($"  {"micro",-13} P {mp:F3} R {mr:F3} F1 {mf:F3}  (tp {tp}, predicted {pr}, gold {go})");
    }

    private static (double P, double R, double F) F1(int tp, int predicted, int gold)
    {
        var p = predicted == 0 ? 0 : (double)tp / predicted;
        var r = gold == 0 ? 0 : (double)tp / gold;
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}
