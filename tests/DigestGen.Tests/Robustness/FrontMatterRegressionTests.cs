using DigestGen.Content;
using DigestGen.Diagnostics;

namespace DigestGen.Tests.Robustness;

/// <summary>Inputs the fuzzer found, kept as plain regression tests.</summary>
public sealed class FrontMatterRegressionTests
{
    private readonly FrontMatterParser _parser = new(new DigestConfig());

    [Theory]
    [InlineData("---\ntitle: { name: x, url: <b>٠😀\n*a\uFFFF\ndate: 2025-01-01\n---\nنص\n")]
    [InlineData("---\ntitle: { name: x, url: <b>٠😀\n*a\uFFFF\n---\n")]
    public void ReportsYamlTheReaderChokesOnAsAnError(string text)
    {
        var diagnostics = new DiagnosticBag();

        var parsed = _parser.Parse("fuzz.md", text, diagnostics);

        Assert.Null(parsed);
        Assert.Contains(diagnostics.Sorted(), d => d.IsError && d.Path == "fuzz.md" && d.Message.StartsWith("invalid YAML in front matter", StringComparison.Ordinal));
    }
}
