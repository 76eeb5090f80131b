using System.Text;

namespace DigestGen.Arabic;

/// <summary>Readable URL slugs from Arabic or Latin text.</summary>
public static class Slugs
{
    public static string FromText(string text, bool transliterate = false)
    {
        var sb = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var raw in text)
        {
            if (IsDropped(raw))
            {
                continue;
            }
            var c = FoldDigit(char.ToLowerInvariant(raw));
            if (char.IsLetterOrDigit(c))
            {
                if (pendingDash && sb.Length > 0)
                {
                    sb.Append('-');
                }
                pendingDash = false;
                AppendLetter(sb, c, transliterate);
            }
            else
            {
                pendingDash = true;
            }
        }
        return sb.ToString();
    }

    private static bool IsDropped(char c) =>
        c is >= '\u064B' and <= '\u0652' or '\u0670' or '\u0640' or '\'' or '\u2019'
            or >= '\u200B' and <= '\u200F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\uFEFF';

    private static char FoldDigit(char c) => c switch
    {
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        _ => c,
    };

    private static void AppendLetter(StringBuilder sb, char c, bool transliterate)
    {
        if (c < 128)
        {
            sb.Append(c);
        }
        else if (transliterate && Transliteration.TryGet(c, out var latin))
        {
            sb.Append(latin);
        }
        else if (!transliterate)
        {
            sb.Append(c);
        }
    }
}
