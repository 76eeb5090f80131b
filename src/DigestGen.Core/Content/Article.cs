namespace DigestGen.Content;

/// <summary>
/// An article as loaded from its file: front matter plus the Markdown body, with the line
/// the body starts on so Markdown problems can point at the right line.
/// </summary>
public sealed record Article(
    string SourcePath,
    string RelativePath,
    string Slug,
    FrontMatter Meta,
    string Body,
    int BodyLine,
    string ContentHash)
{
    public string Lang(DigestConfig config) => Meta.Lang ?? config.Language;
}
