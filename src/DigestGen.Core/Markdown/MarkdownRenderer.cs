using DigestGen.Diagnostics;
using DigestGen.Rendering;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DigestGen.Markdown;

/// <summary>Parses and renders article bodies with one shared pipeline; safe to call from many threads.</summary>
public sealed class MarkdownRenderer(MarkdownPipeline pipeline, QuoteTypographer? typographer = null)
{
    private static readonly RenderedBody Empty = new("", "", "", [], 0);

    /// <summary>
    /// The renderer the digest's settings ask for (raw HTML, quote style): one definition for
    /// <c>build</c>, <c>serve</c>'s live rebuilds and <c>extract</c>, so all three give the same text.
    /// </summary>
    public static MarkdownRenderer For(Content.DigestConfig config) =>
        new(MarkdownPipelineFactory.Create(config.UnsafeHtml), config.Quotes == Content.QuoteStyle.Curly ? new QuoteTypographer() : null);

    /// <summary>Raw HTML reaches the output only through a pipeline that keeps it (<c>unsafe_html: true</c>), and then only sanitised.</summary>
    private readonly BodySanitizer? _sanitizer = pipeline.Extensions.Contains<RawHtmlExtension>() ? new BodySanitizer() : null;

    public RenderedBody Render(string markdown, string path, int bodyLine, DiagnosticBag diagnostics)
    {
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(WellFormed(markdown), pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Markdig refuses absurd nesting (100,000 '>' or '[') rather than overflow the stack.
            diagnostics.Add(Diagnostic.Error(path, bodyLine, 1, "the body is nested too deeply (quotes, lists, brackets or emphasis)",
                "remove the runaway '>', '[' or '*' characters"));
            return Empty;
        }
        NeutraliseUnsafeLinks(document, path, bodyLine, diagnostics);
        typographer?.Apply(document);
        var htmlText = ThreadBuilders.Rent();
        var renderer = new HtmlRenderer(new StringWriter(htmlText));
        pipeline.Setup(renderer);
        renderer.Render(document);
        var html = ThreadBuilders.ToStringAndReturn(htmlText);
        var plain = PlainTextWriter.Write(document);
        return new RenderedBody(
            _sanitizer is null ? html : _sanitizer.Sanitize(html),
            plain,
            Site.Excerpt.Of(FirstParagraph(document), RenderedBody.ExcerptLength),
            Corrections(document),
            WordCounter.Count(plain));
    }

    /// <summary>Only http(s), mailto, in-page and relative links survive; a javascript: link keeps its text.</summary>
    private static void NeutraliseUnsafeLinks(MarkdownDocument document, string path, int bodyLine, DiagnosticBag diagnostics)
    {
        foreach (var inline in document.Descendants<Inline>().ToList())
        {
            var url = inline switch
            {
                LinkInline link => link.Url,
                AutolinkInline auto => auto.Url,
                _ => null,
            };
            if (url is null || IsSafeUrl(url))
            {
                continue;
            }
            diagnostics.Add(Diagnostic.Warning(path, bodyLine + inline.Line, inline.Column + 1,
                $"link to '{Truncate(url)}' removed: only http(s), mailto and relative links are allowed"));
            if (inline is LinkInline unsafeLink)
            {
                unsafeLink.Url = "";
            }
            else
            {
                // An autolink's text is its URL: keep it as plain text, not as a link.
                inline.ReplaceBy(new LiteralInline(url));
            }
        }
    }

    /// <summary>
    /// Markdig throws while escaping a link URL that holds a lone surrogate (found by fuzzing).
    /// Files never do (strict UTF-8 rejects them), but callers may pass any string: U+FFFD it.
    /// </summary>
    private static string WellFormed(string text) =>
        text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0 ? text : System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(text));

    public static bool IsSafeUrl(string url)
    {
        var trimmed = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = trimmed.IndexOf(':');
        if (colon < 0 || trimmed.IndexOfAny(['/', '?', '#']) is var stop && stop >= 0 && stop < colon)
        {
            return true;
        }
        var scheme = trimmed[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto";
    }

    private static string Truncate(string s) => s.Length > 40 ? s[..40] + "…" : s;

    private static string FirstParagraph(MarkdownDocument document)
    {
        var first = document.Descendants<ParagraphBlock>().FirstOrDefault(p => p.Parent is MarkdownDocument);
        return first is null ? "" : PlainTextWriter.OfBlock(first).Trim();
    }

    private static IReadOnlyList<string> Corrections(MarkdownDocument document) =>
        document.Descendants<CustomContainer>()
            .Where(c => string.Equals((c.Info ?? "").Trim(), "correction", StringComparison.OrdinalIgnoreCase))
            .Select(c => PlainTextWriter.OfBlock(c).Replace("\n\n", " ").Trim())
            .ToList();
}
