using System.Text;
using BenchmarkDotNet.Attributes;
using DigestGen.Diagnostics;
using DigestGen.Markdown;

namespace DigestGen.Benchmarks;

/// <summary>
/// One article body through the shared Markdig pipeline as a build renders it: HTML, plain text,
/// first paragraph, corrections, word count. The body is shaped like the benchmark corpus
/// (about 580 Arabic words: paragraphs, a heading, a list, a quote, quoted names with proclitics).
/// </summary>
[MemoryDiagnoser]
public class MarkdownBenchmarks
{
    private MarkdownRenderer _straight = null!;
    private MarkdownRenderer _curly = null!;
    private string _body = "";

    [GlobalSetup]
    public void Setup()
    {
        var pipeline = MarkdownPipelineFactory.Create(false);
        _straight = new MarkdownRenderer(pipeline);
        _curly = new MarkdownRenderer(pipeline, new QuoteTypographer());
        _body = Body();
    }

    [Benchmark(Baseline = true)]
    public int RenderArticle() => _straight.Render(_body, "bench.md", 8, new DiagnosticBag()).Html.Length;

    [Benchmark]
    public int RenderArticleWithCurlyQuotes() => _curly.Render(_body, "bench.md", 8, new DiagnosticBag()).Html.Length;

    internal static string Body()
    {
        const string Sentence = "أعلنت مجموعة \"علي بابا\" الصينية ولـ\"ديبسيك\" عن تحديث جديد لنموذج Qwen3 في بكين، وقال الرئيس التنفيذي إيدي وو إن الشركة ستنافس \"أوبن إيه آي\" بقوة. ";
        var sb = new StringBuilder();
        for (var p = 0; p < 12; p++)
        {
            if (p == 4)
            {
                sb.Append("## خلفية\n\n- النقطة الأولى عن **الرقائق**\n- النقطة الثانية عن [التقرير](https://example.com/report)\n\n> قال مسؤول: \"لن نتراجع\".\n\n");
            }
            for (var s = 0; s < 3; s++)
            {
                sb.Append(Sentence);
            }
            sb.Append("\n\n");
        }
        return sb.ToString();
    }
}
