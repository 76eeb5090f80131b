namespace DigestGen.Arabic;

/// <summary>
/// Splits text into words and punctuation, keeping UTF-16 offsets into the original. Words
/// keep their clitics (والصين is one token; see <see cref="Proclitics"/>); a script change
/// splits (تطبيقQuark → two), while dots and hyphens between Latin letters or digits stay
/// inside (DeepSeek-R1, 2.5) because that is how product names and versions are written.
/// </summary>
public static class ArabicTokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 5 + 4);
        Tokenize(text, tokens);
        return tokens;
    }

    public static void Tokenize(string text, List<Token> tokens)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || ArabicLetters.IsInvisibleMark(c))
            {
                i++;
            }
            else if (ArabicLetters.IsWordChar(c))
            {
                var end = ScanWord(text, i, out var kind);
                tokens.Add(new Token(i, end - i, kind));
                i = end;
            }
            else
            {
                var width = char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1;
                tokens.Add(new Token(i, width, TokenKind.Punctuation));
                i += width;
            }
        }
    }

    private static int ScanWord(string text, int start, out TokenKind kind)
    {
        var script = Script.None;
        var sawLetter = false;
        var sawDigit = false;
        var i = start;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            // Most characters of a digest are Arabic letters: what the checks below conclude for one
            // (a word character of the Arabic script, not a mark, joiner or digit), said at once.
            if (ArabicLetters.IsArabicLetter(c))
            {
                if (script == Script.Latin)
                {
                    break;
                }

                script = Script.Arabic;
                sawLetter = true;
                continue;
            }

            if (ArabicLetters.IsInvisibleMark(c) && i + 1 < text.Length && ArabicLetters.IsWordChar(text[i + 1]))
            {
                continue;
            }

            if (IsInnerJoiner(text, i, script))
            {
                continue;
            }

            if (!ArabicLetters.IsWordChar(c))
            {
                break;
            }

            sawDigit |= ArabicLetters.IsDigit(c);
            var s = ScriptOf(c);
            if (s != Script.None)
            {
                if (script != Script.None && s != script)
                {
                    break;
                }

                script = s;
                sawLetter = true;
            }
        }

        kind = sawLetter ? (script == Script.Arabic ? TokenKind.Arabic : TokenKind.Latin)
            : sawDigit ? TokenKind.Number : TokenKind.Punctuation;
        return i;
    }

    // A dot, hyphen or apostrophe joins two Latin letters or digits (2.5, R-1, O'Neil) but never Arabic
    // words, where a hyphen is a dash between words.
    private static bool IsInnerJoiner(string text, int i, Script script)
    {
        var c = text[i];
        if (c is not ('.' or '-' or '\'' or '_' or ',') || i == 0 || i + 1 >= text.Length || script == Script.Arabic)
        {
            return false;
        }

        var before = text[i - 1];
        var after = text[i + 1];
        if (c == ',')
        {
            return char.IsAsciiDigit(before) && char.IsAsciiDigit(after);
        }

        return IsLatinOrDigit(before) && IsLatinOrDigit(after);
    }

    private static bool IsLatinOrDigit(char c) => ArabicLetters.IsLatinLetter(c) || ArabicLetters.IsDigit(c);

    private static Script ScriptOf(char c) =>
        ArabicLetters.IsLatinLetter(c) ? Script.Latin
        : ArabicLetters.IsDigit(c) || ArabicLetters.IsIgnorable(c) ? Script.None
        : Script.Arabic;

    private enum Script
    {
        None,
        Arabic,
        Latin,
    }
}
