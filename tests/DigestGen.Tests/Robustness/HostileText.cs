using FsCheck;
using FsCheck.Fluent;

namespace DigestGen.Tests.Robustness;

/// <summary>
/// Generators for fuzzing: text mixing Arabic (letters, diacritics, tatweel, Arabic digits and
/// punctuation), Latin, bidi controls, C0/C1 controls, lone surrogates, and the characters and
/// fragments that YAML and Markdown treat specially.
/// </summary>
internal static class HostileText
{
    private static readonly string[] Fragments =
    [
        "---\n", "---", "\n", "\r\n", "\r", " ", "  ", "\t", "title: ", "date: ", "2025-04-29", "2025-02-30", "tags: ", "slug: ", "summary: ",
        "source: ", "{ name: x, url: ", "[", "]", "{", "}", ": ", "- ", "? ", "&a ", "*a", "!!binary ", "!!python/object ", "|\n", ">-\n",
        "'", "\"", "''", "#", "%YAML 1.2\n", "...\n", "<<: *a\n", "\"\\u202E\"", "\"\\0\"", "~", "null", "true", "1e400", "0x1F",
        "::: context\n", "::: analysis\n", "::: correction\n", ":::\n", "> ", "# ", "* ", "1. ", "```\n", "`", "**", "_", "~~",
        "| a | b |\n|---|---|\n", "[^1]", "[^1]: ", "[x](", ")", "<", ">", "![", "<script>", "</script>", "<b>", "javascript:", "https://",
        "&#x202E;", "&amp;", "\\", "علي بابا", "\"ديبسيك\"", "لـ\"ديبسيك\"", "Qwen3", "شباط/ فبراير", "٢٠٢٥", "،", "؛", "؟", "«", "»",
    ];

    private static readonly char[] Chars =
    [
        'ا', 'ب', 'ت', 'ع', 'ل', 'ي', 'ه', 'ة', 'ى', 'ء', 'أ', 'إ', 'آ', 'ؤ', 'ئ', '\u0640', '\u064B', '\u064E', '\u0650', '\u0651', '\u0652', '\u0670',
        '٠', '٩', 'a', 'Z', '0', '9', '-', '.', ':', ',', '*', '&', '!', '|', '%', '@', '`', '(', ')', '=', '/',
        '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C', '\u200D', '\uFEFF',
        '\0', '\u0001', '\u0008', '\u000B', '\u000C', '\u001B', '\u007F', '\u0085', '\u2028', '\u2029', '\uD800', '\uDFFF', '\uFFFD', '\uFFFF',
    ];

    public static Gen<string> Piece { get; } = Gen.Frequency(
        (3, Gen.Elements(Fragments)),
        (4, Gen.Elements(Chars).Select(c => c.ToString())),
        (1, Gen.Constant("😀")));

    public static Gen<string> Text { get; } = Piece.ListOf().Select(pieces => string.Concat(pieces));

    /// <summary>A file shaped like an article: usually opens and closes front matter, with hostile keys, values and body.</summary>
    public static Gen<string> Article { get; } =
        from front in Text
        from body in Text
        from title in Text
        from shape in Gen.Choose(0, 4)
        select shape switch
        {
            0 => front + body,
            1 => $"---\n{front}\n---\n{body}",
            2 => $"---\ntitle: {title}\ndate: 2025-01-01\n{front}\n---\n{body}",
            _ => $"---\ntitle: '{title.Replace("'", "''")}'\ndate: 2025-01-01\n---\n{body}",
        };
}
