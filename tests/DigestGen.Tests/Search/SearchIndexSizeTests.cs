using System.IO.Compression;
using DigestGen.Search;
using Xunit.Abstractions;

namespace DigestGen.Tests.Search;

/// <summary>
/// What a reader downloads: the files the search page loads for its first 20 results (index files, the
/// postings pages those results need, and the documents shown), gzip-compressed as a static host serves
/// them. Runs on the example digest, or on any built site named by DIGESTGEN_SEARCH_SITE (the
/// 10,000-article benchmark corpus), with the issue's 300 KB budget either way.
/// </summary>
public sealed class SearchIndexSizeTests(ExampleSiteFixture site, ITestOutputHelper output) : IClassFixture<ExampleSiteFixture>
{
    private static readonly string[] TypicalQueries = ["الصين", "علي بابا", "نماذج الذكاء الاصطناعي", "جوجل", "رقائق إنفيديا", "الاستدلال"];
    private static readonly string[] OtherQueries = ["بالصين", "اوبن ايه اي", "الذكاء الاصطناعي", "الخبراء", "إنفيديا الصين", "الرياض"];

    private string SearchFolder => Path.Combine(Environment.GetEnvironmentVariable("DIGESTGEN_SEARCH_SITE") ?? site.Output, "search");

    [Fact]
    public void ATypicalQueryLoadsUnderThreeHundredKilobytesCompressed()
    {
        var files = Directory.GetFiles(SearchFolder, "*.json", SearchOption.AllDirectories);
        output.WriteLine($"index: {files.Length} files, {files.Sum(f => new FileInfo(f).Length) / 1024} KB raw, {files.Sum(Gzipped) / 1024} KB gzip");
        foreach (var folder in Directory.GetDirectories(SearchFolder))
        {
            var inside = Directory.GetFiles(folder);
            output.WriteLine($"  {Path.GetFileName(folder)}/: {inside.Length} files, {inside.Sum(f => new FileInfo(f).Length) / 1024} KB raw, {inside.Sum(Gzipped) / 1024} KB gzip");
        }
        output.WriteLine($"  meta.json: {Gzipped(Path.Combine(SearchFolder, "meta.json")) / 1024.0:F1} KB gzip");
        foreach (var query in TypicalQueries)
        {
            Assert.True(FirstPage(query, live: false) < 300 * 1024, $"{query} loads too much");
        }
        foreach (var query in OtherQueries)
        {
            FirstPage(query, live: false);
        }
        FirstPage("الصي", live: true);
        FirstPage("نماذج الذك", live: true);
    }

    /// <summary>Loads what the page loads for its first 20 results (it asks for 21 to know whether to offer more); prints and returns the gzip bytes.</summary>
    private long FirstPage(string query, bool live)
    {
        var loaded = new HashSet<string>(StringComparer.Ordinal);
        var engine = new SearchEngine(path =>
        {
            var full = Path.Combine(SearchFolder, path);
            loaded.Add(full);
            return File.Exists(full) ? File.ReadAllText(full) : null;
        });
        var cursor = engine.Open(query, live);
        var first = cursor.Next(21);
        foreach (var (doc, _) in first.Take(20))
        {
            engine.Describe(doc);
        }
        var files = loaded.Where(File.Exists).ToList();
        var bytes = files.Sum(Gzipped);
        var pages = files.Count(f => f.Contains("/k/", StringComparison.Ordinal) || f.Contains("/e/", StringComparison.Ordinal));
        var total = cursor.Complete ? engine.Search(query, live).Count.ToString(System.Globalization.CultureInfo.InvariantCulture) : "more";
        output.WriteLine($"{query}{(live ? " (typing)" : "")}: {first.Count} of {total} results, "
            + $"{files.Count} files ({pages} in e/ and k/), {bytes / 1024.0:F1} KB gzip");
        return bytes;
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
