using DigestGen.Arabic;

namespace DigestGen.Entities;

/// <summary>
/// An article's text cut once into tokens with their normal forms, shared by the gazetteer
/// matcher, the recogniser and the rules so no stage re-tokenises or re-normalises.
/// </summary>
internal sealed class AnalyzedText
{
    public AnalyzedText(string text)
    {
        Text = text;
        var tokens = new List<Token>(text.Length / 5 + 4);
        ArabicTokenizer.Tokenize(text, tokens);
        Tokens = tokens;
        Norms = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            Norms[i] = NormalForms.Of(tokens[i].Span(text));
        }
    }

    public string Text { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public string[] Norms { get; }

    public int Count => Norms.Length;

    public bool IsWord(int i) => Tokens[i].IsWord;

    private Arabic.CliticSplit[]?[]? _readings;

    /// <summary>The clitic readings of token <paramref name="i"/> (see <see cref="Matching.CliticReadings"/>),
    /// kept per token: the gazetteer pass, the repeats pass and the rules ask them of the same tokens.</summary>
    public Arabic.CliticSplit[] Readings(int i) =>
        (_readings ??= new Arabic.CliticSplit[]?[Count])[i] ??= Matching.CliticReadings.Of(Norms[i]);

    /// <summary>The offset where a mention starting at token <paramref name="i"/> begins once
    /// <paramref name="surfaceSkip"/> normalised characters of clitics are left out.</summary>
    public int StartAfterClitics(int i, int surfaceSkip)
    {
        var t = Tokens[i];
        return surfaceSkip == 0 ? t.Start : t.Start + ArabicNormalizer.SurfaceOffset(t.Span(Text), surfaceSkip);
    }

    /// <summary>True when the text between two tokens is only spaces (no line break or paragraph),
    /// so a multi-word name may run across it.</summary>
    public bool AdjacentOnOneLine(int left, int right)
    {
        var from = Tokens[left].End;
        var to = Tokens[right].Start;
        for (var k = from; k < to; k++)
        {
            if (Text[k] is '\n' or '\r')
            {
                return false;
            }
        }

        return true;
    }
}
