using DigestGen.Diagnostics;
using DigestGen.Entities;
using DigestGen.Markdown;
using DigestGen.Output;
using DigestGen.Rendering;
using DigestGen.Site;

namespace DigestGen.Build;

public sealed partial class SiteBuilder
{
    private static IReadOnlyList<ArticleEntry> RenderMarkdown(ContentSet content, DiagnosticBag diagnostics)
    {
        var pipeline = MarkdownPipelineFactory.Create(content.Config.UnsafeHtml);
        var typographer = content.Config.Quotes == Content.QuoteStyle.Curly ? new QuoteTypographer() : null;
        var renderer = new MarkdownRenderer(pipeline, typographer);
        var entries = new ArticleEntry[content.Articles.Count];
        Parallel.For(0, entries.Length, i =>
        {
            var a = content.Articles[i];
            entries[i] = new ArticleEntry(a, renderer.Render(a.Body, a.SourcePath, a.BodyLine, diagnostics), []);
        });
        return entries;
    }

    private static IReadOnlyList<ArticleEntry> ExtractEntities(ContentSet content, IReadOnlyList<ArticleEntry> articles)
    {
        var extractor = EntityExtractor.Create(content.Gazetteer);
        var entries = new ArticleEntry[articles.Count];
        Parallel.For(0, entries.Length, i =>
        {
            var a = articles[i];
            var found = extractor.Extract(a.Body.PlainText, a.Meta.Entities, a.Meta.IgnoreEntities);
            entries[i] = a with { Entities = found };
        });
        return entries;
    }

    private bool WriteSite(SiteModel model, TemplateSet templates, IReadOnlyList<Page> pages, DiagnosticBag diagnostics)
    {
        using var output = OutputFolder.Open(options.OutputDirectory, [options.ContentDirectory, options.TemplatesDirectory]);
        var site = new SiteView(model.Config.Title, model.Config.Description, model.Config.BaseUrl, model.Config.BasePath,
            model.Config.Language, Languages.DirectionOf(model.Config.Language), model.Config.Author, options.LiveReload, GeneratorInfo.Version);
        var renderer = new PageRenderer(templates, site, new TemplateFunctions(model.Config).ToScriptObject());
        Parallel.ForEach(pages, page =>
        {
            if (renderer.Render(page, diagnostics) is { } html)
            {
                output.WriteText(page.OutputPath, html);
            }
        });
        new DataWriter(model, output).WriteAll();
        new Publishing.PublicationWriter(model, output).WriteAll(pages);
        AssetCopier.Copy(Path.Combine(options.TemplatesDirectory, "assets"), output);
        if (diagnostics.HasErrors)
        {
            return false;
        }
        output.Commit();
        return true;
    }
}
