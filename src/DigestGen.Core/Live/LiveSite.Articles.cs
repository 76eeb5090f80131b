using DigestGen.Authoring;
using DigestGen.Content;
using DigestGen.Diagnostics;
using DigestGen.Site;

namespace DigestGen.Live;

public sealed partial class LiveSite
{
    /// <summary>
    /// Reads each changed file again, or null when a change is not an edit to (or removal of) an
    /// article file the site already knows: templates, settings, the gazetteer and new files go
    /// through a full build, which applies every rule about which files count.
    /// </summary>
    private List<ArticleChange>? ReadChanges(IReadOnlyList<string> changedFiles, DiagnosticBag diagnostics)
    {
        var changes = new List<ArticleChange>();
        foreach (var file in changedFiles.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
        {
            if (!file.StartsWith(_articlesRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Directory.Exists(file))
            {
                return null;
            }
            var relative = Path.GetRelativePath(_articlesRoot, file).Replace('\\', '/');
            if (!_knownFiles.Contains(relative))
            {
                if (File.Exists(file) && file.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                {
                    return null; // a new article
                }
                continue; // not content: an editor's temporary file, an image beside the articles
            }
            if (File.Exists(file) && new FileInfo(file).LinkTarget is not null)
            {
                return null;
            }
            changes.Add(new ArticleChange(relative, Published(relative), Reload(file, diagnostics)));
        }
        return changes;
    }

    /// <summary>
    /// The entry the site has for the article file at <paramref name="relative"/>, if it is published: found by
    /// comparing paths, as an edit names one or two files and a dictionary of every article's path (30,000 at
    /// 30,000 articles) cost more than the comparisons.
    /// </summary>
    private ArticleEntry? Published(string relative)
    {
        foreach (var a in _model.Articles)
        {
            if (string.Equals(a.Article.RelativePath, relative, StringComparison.Ordinal))
            {
                return a;
            }
        }
        return null;
    }

    /// <summary>The article as the site would have it now: null when it was deleted or is no longer published.</summary>
    private ArticleEntry? Reload(string file, DiagnosticBag diagnostics)
    {
        if (!File.Exists(file) || _loader.LoadArticle(file, _articlesRoot, diagnostics) is not { } article)
        {
            return null;
        }
        if (!Unpublished.IsPublished(article, _options.Now ?? DateTimeOffset.Now, _options.IncludeDrafts, _options.IncludeFuture))
        {
            return null;
        }
        var body = _markdown.Render(article.Body, article.SourcePath, article.BodyLine, diagnostics);
        var entities = _extractor.Value.Extract(body.PlainText, article.Meta.Entities, article.Meta.IgnoreEntities);
        return new ArticleEntry(article, body, entities);
    }

    /// <summary>The site's articles with the changes applied, newest first as a build orders them.</summary>
    private List<ArticleEntry> Merge(IReadOnlyList<ArticleChange> changes, DiagnosticBag diagnostics)
    {
        var replaced = new Dictionary<ArticleEntry, ArticleEntry?>(ReferenceEqualityComparer.Instance);
        foreach (var c in changes.Where(c => c.Before is not null))
        {
            replaced[c.Before!] = c.After;
        }
        var articles = new List<ArticleEntry>(_model.Articles.Count + changes.Count);
        foreach (var a in _model.Articles)
        {
            if (!replaced.TryGetValue(a, out var after))
            {
                articles.Add(a);
            }
            else if (after is not null)
            {
                articles.Add(after);
            }
        }
        articles.AddRange(changes.Where(c => c.Before is null && c.After is not null).Select(c => c.After!));
        if (changes.Any(c => c.Before is null || c.After is null || c.Before.Meta.Date != c.After.Meta.Date || c.Before.Slug != c.After.Slug))
        {
            articles = [.. articles.OrderByDescending(a => a.Meta.Date).ThenBy(a => a.Slug, StringComparer.Ordinal)];
            ContentLoader.ReportDuplicateSlugs(articles.Select(a => a.Article).ToList(), diagnostics);
        }
        return articles;
    }
}
