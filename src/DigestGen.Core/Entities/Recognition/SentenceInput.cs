using DigestGen.Arabic;

namespace DigestGen.Entities.Recognition;

/// <summary>
/// What the recogniser sees of one sentence: normal forms, token kinds, whether each token is
/// quoted, and flags from the site's own gazetteer. Built the same way from CoNLL training tokens
/// and from article text, so training and extraction compute identical features.
/// </summary>
internal sealed class SentenceInput
{
    /// <param name="quoted">The <see cref="Quoted"/> flags when the caller has them already (the same sentence's).</param>
    public SentenceInput(ArraySegment<string> norms, ArraySegment<TokenKind> kinds, int[]? siteFlags = null, bool[]? quoted = null)
    {
        Norms = norms;
        Kinds = kinds;
        Quoted = quoted ?? QuoteMarks.Inside(norms.Array ?? [], norms.Offset, norms.Count);
        SiteFlags = siteFlags;
    }

    /// <summary>The normal forms: a segment, so an article's sentences are windows on its one array.</summary>
    public ArraySegment<string> Norms { get; }

    public ArraySegment<TokenKind> Kinds { get; }

    public bool[] Quoted { get; }

    /// <summary>Class flags (1 &lt;&lt; class) per token from the site gazetteer, or null.</summary>
    public int[]? SiteFlags { get; }

    /// <summary>Evidence bits from the rest of the document per token (see <see cref="DocumentEvidence"/>), or null.</summary>
    public ArraySegment<int>? DocFlags { get; init; }

    /// <summary>The words' cached facts, looked up once per document by the extractor that tags the
    /// sentence (ignored by any other: their buckets differ), a part of the document's; empty to look them up per token.</summary>
    public ArraySegment<WordFacts> Facts { get; init; }

    /// <summary>The first pass's tag per token, for the stacked second pass; null in the first pass.</summary>
    public ArraySegment<int>? FirstPass { get; init; }

    /// <summary>Per token, the classes the first pass gave the same word elsewhere in the document
    /// (see <see cref="StackedEvidence"/>); null in the first pass.</summary>
    public ArraySegment<int>? FirstPassDoc { get; init; }

    /// <summary>In training only, per token, the counts of its word in the token's own part of the
    /// corpus, left out of the word counts the features read (see <see cref="WordStat"/>).</summary>
    public WordStat[]? HeldOut { get; init; }

    public int Length => Norms.Count;

    /// <summary>From already-split tokens (a CoNLL sentence).</summary>
    public static SentenceInput FromTokens(IReadOnlyList<string> tokens)
    {
        var norms = new string[tokens.Count];
        var kinds = new TokenKind[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            norms[i] = ArabicNormalizer.Normalize(tokens[i]);
            kinds[i] = KindOf(tokens[i]);
        }

        return new SentenceInput(norms, kinds);
    }

    private static TokenKind KindOf(string token)
    {
        var parts = ArabicTokenizer.Tokenize(token);
        return parts.Count == 0 ? TokenKind.Punctuation : parts.Any(p => p.Kind == TokenKind.Latin) ? TokenKind.Latin : parts[0].Kind;
    }
}
