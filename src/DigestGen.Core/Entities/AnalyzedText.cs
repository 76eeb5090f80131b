using DigestGen.Arabic;

namespace DigestGen.Entities;

/// <summary>
/// An article's text cut once into tokens with their normal forms, shared by the gazetteer
/// matcher, the recogniser and the rules so no stage re-tokenises or re-normalises.
/// </summary>
internal sealed class AnalyzedText
{
    /// <summary>Past this many tokens a rented instance is not kept for the thread's next article: a
    /// book-length text's arrays are not held for good.</summary>
    private const int MaxKeptTokens = 1 << 16;

    [ThreadStatic]
    private static AnalyzedText? s_spare;

    private readonly List<Token> _tokens;
    private string[] _norms;
    private WordForm[] _forms;

    public AnalyzedText(string text)
    {
        _tokens = new List<Token>(text.Length / 5 + 4);
        _norms = [];
        _forms = [];
        Text = text;
        Load(text);
    }

    public string Text { get; private set; }

    public IReadOnlyList<Token> Tokens => _tokens;

    /// <summary>The normal form of every token (a rented instance's array is reused, hence a segment).</summary>
    public ArraySegment<string> Norms => new(_norms, 0, Count);

    public int Count { get; private set; }

    public bool IsWord(int i) => _tokens[i].IsWord;

    /// <summary>
    /// This thread's spare instance loaded with <paramref name="text"/>, or a new one: extraction cuts
    /// thousands of articles, and fresh token, norm and reading arrays for each were a seventh of what
    /// it allocated. Give it back with <see cref="Return"/> once nothing reads it any more; until then
    /// the thread has no spare, so a nested rent gets its own.
    /// </summary>
    public static AnalyzedText Rent(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spare = s_spare;
        if (spare is null)
        {
            return new AnalyzedText(text);
        }

        s_spare = null;
        spare.Load(text);
        return spare;
    }

    /// <summary>Makes this instance the thread's spare for the next <see cref="Rent"/>; it must not be read after.</summary>
    public void Return()
    {
        if (_norms.Length <= MaxKeptTokens)
        {
            s_spare = this;
        }
    }

    private void Load(string text)
    {
        Text = text;
        _tokens.Clear();
        ArabicTokenizer.Tokenize(text, _tokens);
        Count = _tokens.Count;
        if (_norms.Length < Count)
        {
            _norms = new string[Count];
            _forms = new WordForm[Count];
        }

        for (var i = 0; i < Count; i++)
        {
            var form = NormalForms.FormOf(_tokens[i].Span(text));
            _forms[i] = form;
            _norms[i] = form.Text;
        }
    }

    /// <summary>The word form of token <paramref name="i"/>, shared with every token of the same form.</summary>
    public WordForm Form(int i) => _forms[i];

    /// <summary>The clitic readings of token <paramref name="i"/> (see <see cref="Matching.CliticReadings"/>),
    /// kept on its word form: the gazetteer pass, the repeats pass and the rules ask them of the same tokens.</summary>
    public Arabic.CliticSplit[] Readings(int i) => _forms[i].Readings;

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
