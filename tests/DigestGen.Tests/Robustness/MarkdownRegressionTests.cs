using DigestGen.Diagnostics;
using DigestGen.Markdown;

namespace DigestGen.Tests.Robustness;

/// <summary>Bodies the fuzzer found, kept as plain regression tests.</summary>
public sealed class MarkdownRegressionTests
{
    private readonly MarkdownRenderer _renderer = new(MarkdownPipelineFactory.Create(allowRawHtml: true));

    [Theory]
    [InlineData("[x](\uD800😀)")]
    [InlineData("- [x](a\uDFFFb)")]
    public void RendersALinkWithALoneSurrogateWithoutThrowing(string markdown)
    {
        var body = _renderer.Render(markdown, "fuzz.md", 5, new DiagnosticBag());

        Assert.Contains("<a href=\"", body.Html, StringComparison.Ordinal);
    }
}
