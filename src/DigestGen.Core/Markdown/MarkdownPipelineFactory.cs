using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;

namespace DigestGen.Markdown;

/// <summary>Builds the one Markdig pipeline a build uses, for every article and every thread.</summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create(bool allowRawHtml)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseAutoLinks()
            .UseEmphasisExtras()
            .UseListExtras()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseCustomContainers()
            .UseReferralLinks("noopener", "noreferrer");
        builder.Extensions.Add(new AnnotationAsideExtension());
        if (allowRawHtml)
        {
            builder.Extensions.Add(new RawHtmlExtension());
        }
        else
        {
            builder.DisableHtml();
        }
        return builder.Build();
    }
}
