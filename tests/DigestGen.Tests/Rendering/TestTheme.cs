using DigestGen.Content;
using DigestGen.Diagnostics;
using DigestGen.Rendering;

namespace DigestGen.Tests.Rendering;

/// <summary>
/// A theme written to a temporary folder and rendered as a build renders it: parsed by
/// <see cref="TemplateSet"/>, with the template functions, through <see cref="PageRenderer"/>, as a
/// page of kind <c>test</c> (<c>pages/test.sbn</c>) under https://example.github.io/digest/.
/// </summary>
internal sealed class TestTheme : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "digestgen-theme-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    public TestTheme Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    /// <summary>The theme's templates as a build parses them; a template that does not parse fails the test.</summary>
    public TemplateSet Load()
    {
        var bag = new DiagnosticBag();
        var templates = TemplateSet.Load(_folder, bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Sorted()));
        return templates;
    }

    /// <summary>Renders <paramref name="page"/> as <c>pages/test.sbn</c>; null (and a diagnostic) when rendering failed.</summary>
    public string? Render(string page, object? data, DiagnosticBag diagnostics, string title = "صفحة", DigitStyle digits = DigitStyle.Latin)
    {
        Write("pages/test.sbn", page);
        var config = new DigestConfig { BaseUrl = "https://example.github.io/digest/", Digits = digits };
        var site = new SiteView("موجز", "", config.BaseUrl, config.BasePath, "ar", "rtl", null, false, "test");
        using var renderer = new PageRenderer(Load(), site, new TemplateFunctions(config).ToScriptObject());
        var view = new PageView { Kind = "test", Title = title, Path = "test/", Data = data };
        return renderer.Render(new Page("test/index.html", "test", view), diagnostics);
    }

    /// <summary>Every node under <paramref name="node"/>, depth first (a direct call's arguments are its own, not children).</summary>
    public static IEnumerable<Scriban.Syntax.ScriptNode> Descendants(Scriban.Syntax.ScriptNode node)
    {
        foreach (var child in node.Children)
        {
            if (child is null)
            {
                continue;
            }
            yield return child;
            foreach (var below in Descendants(child))
            {
                yield return below;
            }
        }
    }
}
