using BenchmarkDotNet.Attributes;
using DigestGen.Content;
using DigestGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace DigestGen.Benchmarks;

/// <summary>
/// Reading one article's front matter into a YAML tree: YamlDotNet's own scanner and parser (how every
/// front matter was read before) against <see cref="FlatYaml"/>'s one pass, which <see cref="YamlLoader"/>
/// now takes for the flat shape front matter has. Both build the same tree.
/// </summary>
[MemoryDiagnoser]
public class FrontMatterBenchmarks
{
    private const string Yaml =
        "title: 'ماريا تاناكا لشركة زيفير ميديا: \"لن ندخل في حرب أسعار\"'\n" +
        "date: 2024-03-21\n" +
        "tags:\n  - 'الأسواق المالية'\n  - 'الذكاء الاصطناعي'\n  - 'الحوسبة السحابية'\n" +
        "source: 'الوادي اليوم'\n" +
        "source_url: 'https://alwadi-today.example/2024/03/zephyr-media-pricing'\n" +
        "summary: 'زيفير ميديا تطلق \"Libra Pro\" وتقول إنه ينافس \"Vertex Networks\" في تلخيص المستندات.'\n" +
        "lang: ar\n";

    [Benchmark(Baseline = true)]
    public int YamlDotNet()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(Yaml));
        return ((YamlMappingNode)stream.Documents[0].RootNode).Children.Count;
    }

    [Benchmark]
    public int OnePass() => ((YamlMappingNode)YamlLoader.Load("a.md", Yaml, 1, "front matter", new DiagnosticBag())!).Children.Count;
}
