namespace DigestGen.Markdown;

/// <summary>
/// An article body after Markdown: its HTML, its plain text (what entity offsets index: one
/// block per paragraph, blocks separated by a blank line), the first paragraph, and the
/// editors' corrections.
/// </summary>
public sealed record RenderedBody(
    string Html,
    string PlainText,
    string FirstParagraph,
    IReadOnlyList<string> Corrections,
    int WordCount);
