namespace DigestGen.Rendering;

/// <summary>What every template sees as <c>site</c>.</summary>
public sealed record SiteView(
    string Title,
    string Description,
    string BaseUrl,
    string BasePath,
    string Language,
    string Dir,
    string? Author,
    bool LiveReload,
    string GeneratorVersion);
