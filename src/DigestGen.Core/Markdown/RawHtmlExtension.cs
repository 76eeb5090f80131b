using Markdig;
using Markdig.Renderers;

namespace DigestGen.Markdown;

/// <summary>
/// Marks a pipeline that keeps raw HTML (<c>unsafe_html: true</c>), so every renderer built on
/// it sanitises its output with <see cref="BodySanitizer"/>: the setting can never be on
/// without the sanitiser.
/// </summary>
public sealed class RawHtmlExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
