using System.Text;
using BenchmarkDotNet.Attributes;
using DigestGen.Entities;

namespace DigestGen.Benchmarks;

/// <summary>
/// Full extraction (tokenise + gazetteer + recogniser + rules) on Arabic news text. The text is the
/// shared seed article (25 copies, one Extract call each, as a build calls it) when ../shared is beside the checkout, else a built-in
/// paragraph of the same style. Throughput in MB/s = UTF-8 bytes / mean time (reported per op).
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private const string Fallback =
        "أعلنت مجموعة \"علي بابا\" الصينية عن تحديث جديد لنموذجها \"كيوين\" (Qwen)، وقال الرئيس التنفيذي إيدي وو إن " +
        "الشركة ستنافس \"ديبسيك\" و\"أوبن إيه آي\" في الصين. وزار وزير الخارجية القاهرة يوم الثلاثاء في شباط/ فبراير.\n\n";

    private const int Articles = 25;

    private EntityExtractor _extractor = null!;
    private string[] _articles = [];

    public int Utf8Bytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _extractor = EntityExtractor.Create(Gazetteer.Empty);
        var seed = FindSeed();
        _articles = Enumerable.Range(0, Articles).Select(i => seed + "\n\n" + i).ToArray();
        Utf8Bytes = _articles.Sum(Encoding.UTF8.GetByteCount);
        Console.WriteLine($"// benchmark text: {Articles} articles, {_articles.Sum(a => a.Length)} chars, {Utf8Bytes} UTF-8 bytes");
    }

    /// <summary>One build's worth of articles, one Extract call each, as the site builder calls it.</summary>
    [Benchmark]
    public int ExtractArticles()
    {
        var found = 0;
        foreach (var article in _articles)
        {
            found += _extractor.Extract(article, [], []).Count;
        }

        return found;
    }

    private static string FindSeed()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seed = Path.Combine(dir.FullName, "..", "shared", "seed");
            if (File.Exists(Path.Combine(dir.FullName, "DigestGen.sln")) && Directory.Exists(seed))
            {
                return string.Concat(Directory.GetFiles(seed, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
            }
        }

        return Fallback;
    }
}
