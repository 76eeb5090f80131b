namespace DigestGen.Markdown;

/// <summary>
/// An article body after Markdown: its HTML, its plain text (what entity offsets index: one
/// block per paragraph, blocks separated by a blank line), and the facts the plan reads of it
/// (<see cref="BodyFacts"/>: the excerpt, the editors' corrections, the word count).
/// </summary>
/// <remarks>
/// A body can be <see cref="Deferred"/>: its facts known (from the body cache, for an article whose
/// content the last build rendered) and its HTML and text rendered only when first read. After an edit,
/// what reads them is the edited article's pages, the entity lists that are rendered again and the feeds;
/// the other articles' bodies are never rendered, and the build does not hold their HTML and text.
/// </remarks>
public sealed class RenderedBody
{
    private readonly BodyFacts _facts;
    private readonly Lock? _rendering;
    private Func<RenderedBody>? _render;
    private Text? _text;

    public RenderedBody(string html, string plainText, string excerpt, IReadOnlyList<string> corrections, int wordCount)
    {
        _facts = new BodyFacts(excerpt, corrections, wordCount);
        _text = new Text(html, plainText);
    }

    private RenderedBody(BodyFacts facts, Func<RenderedBody> render)
    {
        _facts = facts;
        _render = render;
        _rendering = new Lock();
    }

    /// <summary>A body whose facts are known and whose text <paramref name="render"/> makes when it is first read (once, on whichever thread asks first).</summary>
    public static RenderedBody Deferred(BodyFacts facts, Func<RenderedBody> render) => new(facts, render);

    public string Html => Rendered.Html;

    public string PlainText => Rendered.PlainText;

    /// <summary>How long an <see cref="Excerpt"/> is at most, in characters (before its ellipsis).</summary>
    public const int ExcerptLength = 280;

    /// <summary>The first top-level paragraph as plain text, cut at a word boundary to <see cref="ExcerptLength"/>: an article's summary when its front matter has none.</summary>
    public string Excerpt => _facts.Excerpt;

    public IReadOnlyList<string> Corrections => _facts.Corrections;

    public int WordCount => _facts.WordCount;

    /// <summary>What the plan reads without the text, for the body cache.</summary>
    public BodyFacts Facts => _facts;

    /// <summary>False while a deferred body has not been rendered (for tests and --verbose).</summary>
    public bool IsRendered => Volatile.Read(ref _text) is not null;

    private Text Rendered => Volatile.Read(ref _text) ?? Render();

    private Text Render()
    {
        lock (_rendering!)
        {
            if (_text is null)
            {
                _text = _render!()._text!;
                // The Markdown source the closure holds is not needed again.
                _render = null;
            }
            return _text;
        }
    }

    private sealed record Text(string Html, string PlainText);
}

/// <summary>What pages, cards and data files read of a body besides its text: small enough to cache for every article.</summary>
/// <param name="Excerpt">See <see cref="RenderedBody.Excerpt"/>.</param>
/// <param name="Corrections">The editors' <c>::: correction</c> notes as plain text.</param>
public sealed record BodyFacts(string Excerpt, IReadOnlyList<string> Corrections, int WordCount);
