using BenchmarkDotNet.Attributes;
using DigestGen.Caching;
using DigestGen.Entities;

namespace DigestGen.Benchmarks;

/// <summary>
/// The entity cache's file, written after a clean build and read at the start of every build after
/// an edit, beside the content. Shaped like the bench corpus at 10,000 articles: 25 entities an
/// article from a pool of 2,000 names, about 73 mentions an article, mention texts from a few
/// thousand spellings (a name with and without its clitics: وعلي بابا، لعلي بابا).
/// </summary>
[MemoryDiagnoser]
public class EntityCacheBenchmarks
{
    private const int Names = 2_000;
    private const int EntitiesPerArticle = 25;

    [Params(10_000)]
    public int Articles { get; set; }

    private Dictionary<string, IReadOnlyList<FoundEntity>> _articles = [];
    private byte[] _file = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        string[] clitics = ["", "و", "ل", "ب", "وال"];
        var names = Enumerable.Range(0, Names).Select(i => $"اسم {i}").ToArray();
        _articles = Enumerable.Range(0, Articles).ToDictionary(
            i => $"{i:X16}",
            i => (IReadOnlyList<FoundEntity>)[.. Enumerable.Range(0, EntitiesPerArticle).Select(_ =>
            {
                var n = (int)(Math.Pow(random.NextDouble(), 3) * Names);
                var mentions = Enumerable.Range(0, 1 + random.Next(5))
                    .Select(m => new Mention(clitics[random.Next(clitics.Length)] + names[n], 40 * m + random.Next(30), names[n].Length))
                    .ToArray();
                return new FoundEntity($"name-{n}", names[n], (EntityType)(n % 4), n % 3 != 0, mentions);
            })]);
        _file = EntityCacheFile.Encode(_articles);
        Console.WriteLine($"// {Articles} articles: {_file.Length:N0} bytes");
    }

    [Benchmark]
    public byte[] Encode() => EntityCacheFile.Encode(_articles);

    [Benchmark]
    public int Decode() => EntityCacheFile.Decode(_file)!.Count;
}
