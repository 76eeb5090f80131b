using DigestGen.Diagnostics;

namespace DigestGen.Content;

/// <summary>
/// Bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) reorder
/// everything after them until a matching pop, so one unpaired U+202E in a title can flip the
/// rest of a page or disguise a link ("Trojan Source"). Pages isolate Latin runs with &lt;bdi&gt;
/// themselves, so content never needs these: they are removed, with a warning. The marks
/// U+200E/U+200F (LRM/RLM) only nudge neutral characters and stay.
/// </summary>
public static class BidiControls
{
    /// <summary>Every bidi control content never needs, for searches and encoder settings.</summary>
    public const string Characters = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";

    public static bool IsControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    public static string Strip(string text) =>
        text.AsSpan().IndexOfAny(Characters) < 0 ? text : new string(text.Where(c => !IsControl(c)).ToArray());

    /// <summary>Removes the controls, warning once at the first one.</summary>
    public static string Remove(string text, string path, DiagnosticBag diagnostics)
    {
        var first = text.AsSpan().IndexOfAny(Characters);
        if (first < 0)
        {
            return text;
        }
        var line = 1 + text.AsSpan(0, first).Count('\n');
        var lineStart = first == 0 ? 0 : text.LastIndexOf('\n', first - 1) + 1;
        var column = first - lineStart + 1;
        diagnostics.Add(Diagnostic.Warning(path, line, column, $"bidi control character U+{(int)text[first]:X4} removed",
            "pages isolate Latin names themselves; use U+200F (RLM) if a neutral character needs a direction"));
        return Strip(text);
    }
}
