using BenchmarkDotNet.Attributes;
using DigestGen.Content;
using DigestGen.Diagnostics;
using DigestGen.Rendering;
using Scriban.Runtime;

namespace DigestGen.Benchmarks;

/// <summary>
/// Rendering one page through <see cref="PageRenderer"/>: a small theme written to a temporary
/// folder (a layout and a page that loops over cards, escapes every value and calls <c>url</c>),
/// so the figure tracks our rendering path, not one theme's markup. <see cref="FreshContextPerPage"/>
/// is the old way (a new Scriban context, with its whole builtin library, per page) for comparison.
/// </summary>
[MemoryDiagnoser]
public class RenderingBenchmarks
{
    private string _themeDirectory = "";
    private TemplateSet _templates = null!;
    private PageRenderer _renderer = null!;
    private Page _page = null!;
    private ScriptObject _functions = null!;
    private SiteView _site = null!;

    [GlobalSetup]
    public void Setup()
    {
        _themeDirectory = Path.Combine(Path.GetTempPath(), "digestgen-bench-theme-" + Environment.ProcessId);
        Write("layouts/base.sbn", "<!doctype html><html lang=\"{{ page.lang }}\" dir=\"{{ page.dir }}\"><head><title>{{ page.title }} — {{ site.title }}</title></head><body>{{ content }}</body></html>\n");
        Write("partials/card.sbn", "<li><a href=\"{{ url card.path }}\">{{ card.title }}</a> <span>{{ card.summary }}</span></li>\n");
        Write("pages/bench.sbn", "<h1>{{ page.title }}</h1>{{ page.data.body }}<ul>{{ for card in page.data.cards }}{{ include 'partials/card' }}{{ end }}</ul>\n");
        var diagnostics = new DiagnosticBag();
        _templates = TemplateSet.Load(_themeDirectory, diagnostics);
        var config = new DigestConfig { BaseUrl = "https://example.github.io/digest/" };
        _site = new SiteView("موجز", "", config.BaseUrl, config.BasePath, "ar", "rtl", null, false, "bench");
        _functions = new TemplateFunctions(config).ToScriptObject();
        _renderer = new PageRenderer(_templates, _site, _functions);
        var cards = Enumerable.Range(0, 20)
            .Select(i => new BenchCard($"عنوان الخبر رقم {i} عن \"علي بابا\"", $"articles/story-{i}/", "ملخص قصير <مع> رموز & علامات."))
            .ToList();
        var view = new PageView { Kind = "bench", Title = "صفحة القياس", Path = "bench/", Data = new BenchData(new RawHtml(MarkdownBenchmarks.Body()), cards) };
        _page = new Page("bench/index.html", "bench", view);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _renderer.Dispose();
        Directory.Delete(_themeDirectory, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public int ReusedContextPerThread() => _renderer.Render(_page, new DiagnosticBag())!.Length;

    [Benchmark]
    public int FreshContextPerPage()
    {
        using var renderer = new PageRenderer(_templates, _site, _functions);
        return renderer.Render(_page, new DiagnosticBag())!.Length;
    }

    private void Write(string name, string text)
    {
        var path = Path.Combine(_themeDirectory, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public sealed record BenchCard(string Title, string Path, string Summary);

    public sealed record BenchData(RawHtml Body, IReadOnlyList<BenchCard> Cards);
}
