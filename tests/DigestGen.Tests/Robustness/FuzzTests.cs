using DigestGen.Content;
using DigestGen.Diagnostics;
using DigestGen.Markdown;
using DigestGen.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DigestGen.Tests.Robustness;

/// <summary>
/// Markdig's habit: input never throws. Thousands of generated articles with Arabic, bidi and
/// control characters go through the front matter parser, the Markdown renderer and a whole
/// build; every failure must be a diagnostic, never an exception.
/// </summary>
public sealed class FuzzTests
{
    private static readonly FrontMatterParser Parser = new(new DigestConfig());
    private static readonly MarkdownRenderer SafeRenderer = new(MarkdownPipelineFactory.Create(allowRawHtml: false), new QuoteTypographer());
    private static readonly MarkdownRenderer UnsafeRenderer = new(MarkdownPipelineFactory.Create(allowRawHtml: true));

    [Property(MaxTest = 5000)]
    public Property FrontMatterParserReportsEveryFailureAsADiagnostic() =>
        Prop.ForAll(HostileText.Article.ToArbitrary(), text =>
        {
            var diagnostics = new DiagnosticBag();
            var parsed = Parser.Parse("fuzz.md", text, diagnostics);
            Assert.True(parsed is not null || diagnostics.HasErrors, "rejected without an error diagnostic");
            Assert.All(diagnostics.Sorted(), d => Assert.True(d.Line >= 0 && d.Column >= 0));
        });

    [Property(MaxTest = 5000)]
    public Property MarkdownRendererNeverThrowsAndNeverEmitsScript() =>
        Prop.ForAll(HostileText.Text.ToArbitrary(), Arb.From(Gen.Elements(true, false)), (markdown, unsafeHtml) =>
        {
            var diagnostics = new DiagnosticBag();
            var body = (unsafeHtml ? UnsafeRenderer : SafeRenderer).Render(markdown, "fuzz.md", 5, diagnostics);
            Assert.DoesNotContain("<script", body.Html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("href=\"javascript:", body.Html, StringComparison.OrdinalIgnoreCase);
        });

    [Property(MaxTest = 1000)]
    public Property WholeBuildOfAOneArticleSiteFailsOnlyWithDiagnostics() =>
        Prop.ForAll(HostileText.Article.ToArbitrary(), text =>
        {
            using var site = new TestSite();
            // Encoding.UTF8 turns a lone surrogate into U+FFFD, as an editor saving the file would.
            File.WriteAllBytes(Path.Combine(site.Content, "articles", "fuzz.md"), System.Text.Encoding.UTF8.GetBytes(text));

            var run = site.Build("--quiet");

            Assert.True(run.ExitCode is 0 or 1, run.ToString());
            Assert.False(run.Stderr.Contains("Unhandled", StringComparison.Ordinal), run.ToString());
            Assert.True(run.ExitCode == 0 || run.Stderr.Contains("): error: ", StringComparison.Ordinal), run.ToString());
        });
}
