using DigestGen.Diagnostics;
using DigestGen.Rendering;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DigestGen.Tests.Rendering;

/// <summary>Member reads that remember their reader: what Scriban's own read gives, whatever the
/// target, at every read of the same place in a template.</summary>
public sealed class CachedMemberExpressionTests : IDisposable
{
    private readonly TestTheme _theme = new();

    public void Dispose() => _theme.Dispose();

    /// <summary>A view type of the test assembly, which Scriban's own accessor reads.</summary>
    public sealed record Story(string Title, string Path);

    private static readonly object?[] Mixed =
    [
        new Crumb("الرئيسية", "/"),
        new ScriptObject { ["title"] = "علي بابا", ["path"] = "entities/alibaba/" },
        new Crumb("بكين", "entities/beijing/"),
        new Story("\"كيوين\" <Qwen>", "articles/qwen/"),
        new Crumb("أخبار", "articles/"),
    ];

    private const string ListTemplate = "{{ for x in page.data }}[{{ x.title }}|{{ x.path }}]{{ end }}";

    [Fact]
    public void EveryMemberReadOfAParsedTemplateRemembersItsReader()
    {
        var templates = _theme.Write("pages/test.sbn", "{{ page.data.title }}{{ x = page.title }}{{ o = {} }}{{ o.a = page.kind }}{{ page.data[0].path }}{{ (page.data).size }}").Load();

        var nodes = TestTheme.Descendants(templates.Get("pages/test.sbn").Page!).ToList();

        Assert.Equal(8, nodes.Count(n => n is CachedMemberExpression));
        // Read from a nested expression, not a plain path: left to Scriban.
        Assert.Equal("(page.data).size", Assert.Single(nodes, n => n.GetType() == typeof(ScriptMemberExpression)).ToString());
    }

    [Fact]
    public void OnePlaceReadingTargetsOfChangingTypesReadsEachOneAsScribanDoes()
    {
        var html = _theme.Render(ListTemplate, Mixed, new DiagnosticBag());

        Assert.Equal(
            "[الرئيسية|/][علي بابا|entities/alibaba/][بكين|entities/beijing/][&quot;كيوين&quot; &lt;Qwen&gt;|articles/qwen/][أخبار|articles/]",
            html);
        Assert.Equal(ScribansOwn(ListTemplate, Mixed), html);
    }

    [Fact]
    public void AMissingMemberReadsAsNothingAndAListOrStringKeepsItsSize()
    {
        var html = _theme.Render("{{ page.data.size }}:{{ page.data[0].title }}:{{ page.data[0].none }}:{{ page.title.size }}:{{ page?.none?.title }}", Mixed, new DiagnosticBag());

        Assert.Equal("5:الرئيسية::4:", html);
    }

    [Fact]
    public void AReadFromNothingFailsAsScribansWithItsLine()
    {
        var diagnostics = new DiagnosticBag();

        var html = _theme.Render("<ul>\n{{ for x in page.data }}<li>{{ x.title }}</li>{{ end }}</ul>", new object?[] { new Crumb("بكين", "b/"), null }, diagnostics);

        Assert.Null(html);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(2, error.Line);
        Assert.Contains("Cannot get the member x.title for a null object", error.Message);
    }

    [Fact]
    public void AMemberIsStillAssignedThroughTheSameRead()
    {
        var html = _theme.Render("{{ o = {} }}{{ o.title = page.data[2].title }}{{ o.title }}", Mixed, new DiagnosticBag());

        Assert.Equal("بكين", html);
    }

    [Theory]
    [InlineData("{{ x = null }}\n{{ x.title }}")]
    [InlineData("{{ x = page.data[0] }}\n{{ x.title }}{{ x.none }}")]
    [InlineData("{{ x = page.data[1] }}\n{{ x.title }}{{ x.none }}")]
    public void UnderStrictMemberAccessAFailedReadIsScribansOwnError(string text)
    {
        static HtmlTemplateContext Strict() => new() { EnableRelaxedMemberAccess = false };

        var ours = Assert.Throws<ScriptRuntimeException>(() => Render(Rewritten(text), Mixed, Strict()));
        var scribans = Assert.Throws<ScriptRuntimeException>(() => Render(Template.Parse(text), Mixed, Strict()));

        Assert.Equal(scribans.Message, ours.Message);
        Assert.Equal(1, ours.Span.Start.Line);
    }

    // The same template parsed by Scriban alone (no reads replaced), rendered by the generator's context.
    private static string ScribansOwn(string text, object data)
    {
        var template = Template.Parse(text);
        Assert.DoesNotContain(TestTheme.Descendants(template.Page!), n => n is CachedMemberExpression);
        return Render(template, data, new HtmlTemplateContext());
    }

    private static string Render(Template template, object data, TemplateContext context)
    {
        context.PushGlobal(new ScriptObject { ["page"] = new ScriptObject { ["data"] = data } });
        return template.Render(context);
    }

    private static Template Rewritten(string text)
    {
        var template = Template.Parse(text);
        DirectCallRewriter.Rewrite(template, new HashSet<string>());
        Assert.Contains(TestTheme.Descendants(template.Page!), n => n is CachedMemberExpression);
        return template;
    }
}
