using DigestGen.Content;
using DigestGen.Diagnostics;
using DigestGen.Rendering;
using Scriban.Syntax;

namespace DigestGen.Tests.Rendering;

/// <summary>The theme's own functions called straight from the parsed template: the same output as
/// Scriban's call, and Scriban's call whenever the name means something else.</summary>
public sealed class DirectCallTests : IDisposable
{
    private readonly TestTheme _theme = new();

    public void Dispose() => _theme.Dispose();

    private string? Render(string page, object? data, DiagnosticBag? diagnostics = null) =>
        _theme.Render(page, data, diagnostics ?? new DiagnosticBag(), digits: DigitStyle.Arabic);

    public sealed record Story(string Title, string Path, DateTimeOffset Date, int Count);

    private static readonly Story Sample = new("\"علي بابا\" تطلق <Qwen3> في هانغتشو", "articles/علي-بابا/", new DateTimeOffset(2024, 3, 21, 0, 0, 0, TimeSpan.Zero), 1544);

    [Fact]
    public void TheThemesFunctionsAreCalledDirectlyInThePageAsParsed()
    {
        var templates = _theme.Write("pages/test.sbn", "{{ url page.path }}{{ x = bidi page.title }}{{ include 'partials/none' }}{{ 3 | arabic_count 'article' }}").Load();

        var calls = TestTheme.Descendants(templates.Get("pages/test.sbn").Page!).ToList();

        Assert.Equal(3, calls.Count(n => n.GetType().Name == "DirectCall"));
        Assert.Equal("arabic_count", Assert.Single(calls.OfType<ScriptFunctionCall>()).Target!.ToString());
    }

    [Fact]
    public void PrintsWhatScribansCallPrinted()
    {
        var html = Render(
            "{{ s = page.data }}<a href=\"{{ url s.path }}\">{{ bidi s.title }}</a> <time datetime=\"{{ iso_date s.date }}\">{{ arabic_date s.date }}</time> " +
            "{{ digits s.count }} {{ arabic_count s.count 'article' }} {{ url ('entities/type/' + 'place' + '/') }} {{ abs_url s.path }}", Sample);

        Assert.Equal(
            "<a href=\"/digest/articles/%D8%B9%D9%84%D9%8A-%D8%A8%D8%A7%D8%A8%D8%A7/\">&quot;علي بابا&quot; تطلق &lt;<bdi>Qwen3</bdi>&gt; في هانغتشو</a> " +
            "<time datetime=\"2024-03-21T00:00:00+00:00\">٢١ آذار/ مارس ٢٠٢٤</time> ١٥٤٤ ١٥٤٤ خبراً /digest/entities/type/place/ " +
            "https://example.github.io/digest/articles/%D8%B9%D9%84%D9%8A-%D8%A8%D8%A7%D8%A8%D8%A7/", html);
    }

    [Fact]
    public void ANameATemplateRedefinesIsCalledAsTheTemplateDefinedIt()
    {
        var html = Render("{{ func bidi(x); ret '[' + x + ']'; end }}{{ bidi 'بكين' }}", null);

        Assert.Equal("[بكين]", html);
    }

    [Fact]
    public void AnIncludeKeepsItsPartialsLocalVariablesToItselfAndPrintsOrReturnsItsOutput()
    {
        _theme.Write("partials/local.sbn", "{{ $n = page.title + '؛' }}{{ for i in 1..2 }}{{ $n }}{{ end }}");

        var diagnostics = new DiagnosticBag();

        var html = Render("{{ include 'partials/local' }}|{{ x = include 'partials/local' }}{{ x }}|{{ $n }}|", null, diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("صفحة؛صفحة؛|صفحة؛صفحة؛||", html);
    }

    [Fact]
    public void APipedCallStaysScribansAndGetsThePipedValueFirst()
    {
        var html = Render("{{ 11 | arabic_count 'article' }} {{ page.path | url }} {{ x = 'articles/a/' | url }}{{ x }}", null);

        Assert.Equal("١١ خبراً /digest/test/ /digest/articles/a/", html);
    }

    [Fact]
    public void AWrongNumberOfArgumentsIsStillScribansErrorWithItsLine()
    {
        var diagnostics = new DiagnosticBag();

        var html = Render("<p>\n{{ arabic_count 3 }}</p>", null, diagnostics);

        Assert.Null(html);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.True(error.Line == 2, $"{error.Line}:{error.Column} {error.Message}");
        Assert.Contains("arguments", error.Message);
    }
}
