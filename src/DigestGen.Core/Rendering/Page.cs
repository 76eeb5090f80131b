namespace DigestGen.Rendering;

/// <summary>
/// One page to write: where (site-relative, e.g. <c>articles/x/index.html</c>), with which
/// template (<c>pages/KIND.sbn</c> inside <c>layouts/base.sbn</c>), and the model the template sees
/// as <c>page</c>.
/// </summary>
public sealed record Page(string OutputPath, string Kind, PageView View);
