using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;

namespace DigestGen.Markdown;

/// <summary>Renders <c>::: context</c>, <c>::: analysis</c> and <c>::: correction</c> as labelled asides.</summary>
public sealed class AnnotationAsideExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<HtmlCustomContainerRenderer>(new AnnotationAsideRenderer());
        }
    }
}
