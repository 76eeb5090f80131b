using Ganss.Xss;

namespace DigestGen.Markdown;

/// <summary>
/// With <c>unsafe_html: true</c> editors may write raw HTML in bodies; this keeps the harmless
/// part (formatting, tables, figures) and drops scripts, event handlers, styles that load
/// things, and every URL that is not http(s), mailto or relative. The markup our own Markdig
/// extensions emit (asides with role and aria-label, heading ids, footnote links) passes.
/// </summary>
public sealed class BodySanitizer
{
    private readonly HtmlSanitizer _sanitizer;

    public BodySanitizer()
    {
        _sanitizer = new HtmlSanitizer();
        _sanitizer.AllowedSchemes.Clear();
        _sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        _sanitizer.AllowedTags.UnionWith(["aside", "figure", "figcaption", "bdi", "section"]);
        _sanitizer.AllowedAttributes.UnionWith(["id", "class", "role", "aria-label", "rel", "dir", "lang"]);
        _sanitizer.AllowDataAttributes = false;
    }

    /// <summary>Thread-safe: HtmlSanitizer parses each call into its own document.</summary>
    public string Sanitize(string html) => _sanitizer.Sanitize(html);
}
