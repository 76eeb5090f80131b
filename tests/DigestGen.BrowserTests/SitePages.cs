namespace DigestGen.BrowserTests;

/// <summary>
/// The page types a reader meets, each with one concrete page of the example digest. A type is
/// tested once the theme has its template (tags, archive and search arrive with other
/// engineers' work), so the suite grows with the site instead of failing before it exists.
/// </summary>
public static class SitePages
{
    private static readonly (string Kind, string Template, string? FixedPath, string? ListFolder)[] Known =
    [
        ("home", "home", "", null),
        ("article", "article", "articles/qwen3-release/", null),
        ("entity", "entity", "entities/alibaba/", null),
        ("entities", "entities", "entities/", null),
        ("tag", "tag", null, "tags"),
        ("archive", "archive", null, "archive"),
        ("source", "source", null, "sources"),
        ("search", "search", "search/", null),
        ("404", "404", "no-such-page/", null),
    ];

    /// <summary>The kinds whose template is in the theme: xunit theory data.</summary>
    public static TheoryData<string> Kinds => new(KindNames);

    public static IEnumerable<string> KindNames =>
        Known.Where(p => File.Exists(Path.Combine(SiteFixture.RepoRoot, "templates", "pages", p.Template + ".sbn"))).Select(p => p.Kind);

    /// <summary>The site path of one page of that kind in the built site (for a list folder, its first item page).</summary>
    public static string PathOf(string kind, string siteRoot)
    {
        var page = Known.Single(p => p.Kind == kind);
        if (page.FixedPath is not null)
        {
            return page.FixedPath;
        }
        var folder = Path.Combine(siteRoot, page.ListFolder!);
        var first = Directory.EnumerateFiles(folder, "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(siteRoot, Path.GetDirectoryName(f)!).Replace('\\', '/') + "/")
            .Where(p => p.Count(c => c == '/') > 1 && !p.Contains("/page/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
        return first ?? throw new InvalidOperationException($"the theme has pages/{page.Template}.sbn but the site has no page under {page.ListFolder}/");
    }
}
