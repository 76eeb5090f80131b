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

    private const int Copies = 25;

    private EntityExtractor _extractor = null!;
    private string[] _articles = [];

    public int Utf8Bytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _extractor = EntityExtractor.Create(Gazetteer.Empty);
        _articles = Articles();
        Utf8Bytes = _articles.Sum(Encoding.UTF8.GetByteCount);
        Console.WriteLine($"// benchmark text: {Copies} articles, {_articles.Sum(a => a.Length)} chars, {Utf8Bytes} UTF-8 bytes");
    }

    /// <summary>One build's worth of articles, one Extract call each, as the site builder calls it.</summary>
    [Benchmark]
    public int ExtractArticles() => ExtractAll(_extractor, _articles);

    /// <summary>Entities found in <paramref name="articles"/>, one Extract call each.</summary>
    internal static int ExtractAll(EntityExtractor extractor, string[] articles)
    {
        var found = 0;
        foreach (var article in articles)
        {
            found += extractor.Extract(article, [], []).Count;
        }

        return found;
    }

    /// <summary>The benchmark text: <see cref="Copies"/> copies of the seed article, each with its own last line.</summary>
    internal static string[] Articles()
    {
        var seed = FindSeed();
        return [.. Enumerable.Range(0, Copies).Select(i => seed + "\n\n" + i)];
    }

    /// <summary>The checkout this benchmark runs from (the folder holding DigestGen.sln), if any.</summary>
    internal static string? Checkout()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DigestGen.sln")))
            {
                return dir.FullName;
            }
        }
        return null;
    }

    private static string FindSeed()
    {
        var seed = Checkout() is { } root ? Path.Combine(root, "..", "shared", "seed") : null;
        return seed is not null && Directory.Exists(seed)
            ? string.Concat(Directory.GetFiles(seed, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText))
            : Fallback;
    }
}
