using DigestGen.Content;
using DigestGen.Diagnostics;
using DigestGen.Entities;
using DigestGen.Markdown;

namespace DigestGen.Build;

/// <summary>The entities of one article file, with the plain text their offsets index.</summary>
public sealed record ExtractedArticle(string Slug, string Path, string Text, IReadOnlyList<FoundEntity> Entities);

/// <summary>
/// Runs the content stages up to entity extraction on any article file or folder, with the
/// settings and gazetteer of a content root: what <c>extract</c> prints and the evaluation scores.
/// </summary>
public static class Extraction
{
    public static IReadOnlyList<ExtractedArticle> Run(string path, string contentRoot, DiagnosticBag diagnostics)
    {
        var config = ConfigLoader.Load(contentRoot, diagnostics);
        var gazetteer = Gazetteer.Load(System.IO.Path.Combine(contentRoot, "entities"), diagnostics);
        var files = File.Exists(path) ? [path]
            : Directory.Exists(path) ? Directory.EnumerateFiles(path, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : [];
        if (files.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error(path, 0, 0, "no article file found here", "pass a .md file or a folder of them"));
            return [];
        }
        var loader = new ContentLoader(config);
        var renderer = MarkdownRenderer.For(config);
        var extractor = EntityExtractor.Create(gazetteer);
        var root = File.Exists(path) ? System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))! : path;
        var results = new ExtractedArticle?[files.Count];
        Parallel.For(0, files.Count, Cores.One, i =>
        {
            if (loader.LoadArticle(files[i], root, diagnostics) is not { } article)
            {
                return;
            }
            var body = renderer.Render(article.Body, article.SourcePath, article.BodyLine, diagnostics);
            var entities = extractor.Extract(body.PlainText, article.Meta.Entities, article.Meta.IgnoreEntities);
            results[i] = new ExtractedArticle(article.Slug, article.SourcePath, body.PlainText, entities);
        });
        return results.OfType<ExtractedArticle>().ToList();
    }
}
