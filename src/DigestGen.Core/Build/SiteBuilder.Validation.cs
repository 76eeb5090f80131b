using DigestGen.Diagnostics;
using DigestGen.Linking;
using DigestGen.Rendering;
using DigestGen.Site;

namespace DigestGen.Build;

public sealed partial class SiteBuilder
{
    /// <summary>
    /// Runs every stage of <see cref="Build"/> up to rendering the pages, in memory, and returns
    /// what it would report; writes nothing. What <c>check</c> uses to validate content without
    /// rebuilding the site.
    /// </summary>
    public IReadOnlyList<Diagnostic> Validate()
    {
        var diagnostics = new DiagnosticBag();
        var content = ReadContent(diagnostics);
        var templates = TemplateSet.Load(options.TemplatesDirectory, diagnostics);
        var articles = ExtractEntities(content, RenderMarkdown(content, diagnostics));
        var model = new SiteModel(content.Config, articles, content.Gazetteer, LinkIndex.Build(articles, content.Gazetteer));
        if (diagnostics.HasErrors)
        {
            return diagnostics.Sorted();
        }
        var site = new SiteView(model.Config.Title, model.Config.Description, model.Config.BaseUrl, model.Config.BasePath,
            model.Config.Language, Languages.DirectionOf(model.Config.Language), model.Config.Author, false, GeneratorInfo.Version);
        var renderer = new PageRenderer(templates, site, new TemplateFunctions(model.Config).ToScriptObject());
        Parallel.ForEach(new PagePlanner(model).Plan(), page => renderer.Render(page, diagnostics));
        return diagnostics.Sorted();
    }
}
