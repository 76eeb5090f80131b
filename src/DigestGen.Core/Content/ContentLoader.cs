using System.Collections.Concurrent;
using DigestGen.Arabic;
using DigestGen.Build;
using DigestGen.Diagnostics;

namespace DigestGen.Content;

/// <summary>
/// Loads every article under <c>articles/</c> (any depth), in parallel, and checks what only
/// the whole set can show: duplicate slugs.
/// </summary>
public sealed class ContentLoader(DigestConfig config)
{
    private readonly FrontMatterParser _parser = new(config);

    /// <summary>
    /// When set, receives the SHA-256 of every file read, by full path: a clean build keys its cache
    /// with these instead of reading the whole archive a second time (see <see cref="Caching.CacheKeys"/>).
    /// </summary>
    public ConcurrentDictionary<string, byte[]>? Digests { get; init; }

    public IReadOnlyList<Article> LoadArticles(string contentDirectory, DiagnosticBag diagnostics)
    {
        var root = Path.Combine(contentDirectory, "articles");
        if (!Directory.Exists(root))
        {
            return [];
        }
        var files = ContentFiles.Enumerate(root, "*.md", contentDirectory, diagnostics);
        var articles = new ConcurrentBag<Article>();
        Parallel.ForEach(files, Cores.One, file =>
        {
            if (LoadArticle(file, root, diagnostics) is { } article)
            {
                articles.Add(article);
            }
        });
        var ordered = articles.OrderByDescending(a => a.Meta.Date).ThenBy(a => a.Slug, StringComparer.Ordinal).ToList();
        ReportDuplicateSlugs(ordered, diagnostics);
        return ordered;
    }

    /// <summary>Loads one file; also used by <c>extract</c> and by incremental rebuilds.</summary>
    public Article? LoadArticle(string file, string articlesRoot, DiagnosticBag diagnostics)
    {
        var article = TextFile.Read(file, diagnostics, out var digest, (text, sha) => Parse(file, articlesRoot, text, sha, diagnostics));
        if (digest is not null)
        {
            Digests?.TryAdd(Path.GetFullPath(file), digest);
        }
        return article;
    }

    private Article? Parse(string file, string articlesRoot, ReadOnlySpan<char> text, byte[] digest, DiagnosticBag diagnostics)
    {
        var display = DisplayPath(file);
        var parsed = _parser.Parse(display, text, diagnostics);
        if (parsed is not { } p)
        {
            return null;
        }
        var slug = p.Meta.Slug ?? SlugFromFileName(file, p.Meta.Title);
        if (!SlugRules.IsSafe(slug))
        {
            diagnostics.Add(Diagnostic.Error(display, 1, 1, $"the file name gives the slug '{slug}', which cannot be used in a URL", "add 'slug: …' with letters, digits and '-' to the front matter, at most about 120 Arabic letters"));
            return null;
        }
        var relative = Path.GetRelativePath(articlesRoot, file).Replace('\\', '/');
        // The file's bytes decide its text, so their digest (already taken) identifies the content.
        var hash = Convert.ToHexString(digest, 0, 8);
        return new Article(display, relative, slug, p.Meta, p.Body, p.BodyLine, hash);
    }

    private string SlugFromFileName(string file, string title)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var slug = Slugs.FromText(name, config.TransliterateSlugs);
        return slug.Length > 0 ? slug : Slugs.FromText(title, config.TransliterateSlugs);
    }

    public static void ReportDuplicateSlugs(IReadOnlyList<Article> articles, DiagnosticBag diagnostics)
    {
        foreach (var group in articles.GroupBy(a => a.Slug, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var files = group.OrderBy(a => a.SourcePath, StringComparer.Ordinal).ToList();
            foreach (var dup in files.Skip(1))
            {
                diagnostics.Add(Diagnostic.Error(dup.SourcePath, 1, 1,
                    $"slug '{group.Key}' is already used by {files[0].SourcePath}",
                    "give one of them a different 'slug:' in its front matter"));
            }
        }
    }

    /// <summary>Paths in diagnostics are relative to the working folder when inside it, as a user typed them.</summary>
    public static string DisplayPath(string file)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), file);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(file) : relative).Replace('\\', '/');
    }
}
