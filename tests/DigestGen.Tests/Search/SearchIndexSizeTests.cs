using System.IO.Compression;
using DigestGen.Search;
using Xunit.Abstractions;

namespace DigestGen.Tests.Search;

/// <summary>
/// What a reader downloads: the files a typical query loads, gzip-compressed as a static host serves
/// them. Runs on the example digest, or on any built site named by DIGESTGEN_SEARCH_SITE (the 10,000-article
/// benchmark corpus), with the issue's 300 KB budget either way.
/// </summary>
public sealed class SearchIndexSizeTests(ExampleSiteFixture site, ITestOutputHelper output) : IClassFixture<ExampleSiteFixture>
{
    private static readonly string[] TypicalQueries = ["الصين", "علي بابا", "نماذج الذكاء الاصطناعي", "جوجل", "رقائق إنفيديا", "الاستدلال"];

    [Fact]
    public void ATypicalQueryLoadsUnderThreeHundredKilobytesCompressed()
    {
        var folder = Environment.GetEnvironmentVariable("DIGESTGEN_SEARCH_SITE") ?? site.Output;
        var searchFolder = Path.Combine(folder, "search");
        output.WriteLine($"index: {Directory.GetFiles(searchFolder, "*.json", SearchOption.AllDirectories).Length} files, "
            + $"{Directory.GetFiles(searchFolder, "*.json", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) / 1024} KB raw, "
            + $"{Directory.GetFiles(searchFolder, "*.json", SearchOption.AllDirectories).Sum(Gzipped) / 1024} KB gzip");
        foreach (var query in TypicalQueries)
        {
            var loaded = new HashSet<string>();
            var engine = new SearchEngine(path =>
            {
                var full = Path.Combine(searchFolder, path);
                loaded.Add(full);
                return File.Exists(full) ? File.ReadAllText(full) : null;
            });
            var results = engine.Search(query);
            // The page shows the first 20 results with their summaries.
            foreach (var doc in results.Take(20).Select(r => r.Document).Distinct())
            {
                loaded.Add(Path.Combine(searchFolder, "x", $"{doc / engine.Meta.SummaryChunk}.json"));
            }
            var bytes = loaded.Where(File.Exists).Sum(Gzipped);
            output.WriteLine($"{query}: {results.Count} results, {loaded.Count} files, {bytes / 1024.0:F1} KB gzip");
            Assert.True(bytes < 300 * 1024, $"{query} loads {bytes} bytes");
        }
    }

    private static long Gzipped(string file)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(File.ReadAllBytes(file));
        }
        return memory.Length;
    }
}
