using System.IO.Compression;

namespace DigestGen.BrowserTests;

/// <summary>An article page stays light: HTML + CSS + JS at most 60 KB compressed (fonts aside), no script blocks rendering.</summary>
[Collection("site")]
public sealed class BudgetTests(SiteFixture site)
{
    private const int BudgetBytes = 60 * 1024;

    [Fact]
    public async Task ArticlePageStaysWithinSixtyKilobytesCompressedBeforeFonts()
    {
        var observed = await site.OpenAsync("articles/qwen3-release/");
        var paths = await observed.Page.EvaluateAsync<string[]>(
            "() => [location.pathname, ...performance.getEntriesByType('resource').map(r => new URL(r.name).pathname)]");

        var counted = paths.Where(p => p.EndsWith('/') || p.EndsWith(".html") || p.EndsWith(".css") || p.EndsWith(".js")).Distinct().ToList();
        var total = counted.Sum(p => Compressed(Path.Combine(site.OutputDirectory, Local(p))));

        Assert.Contains(counted, p => p.EndsWith(".css", StringComparison.Ordinal));
        Assert.True(total <= BudgetBytes, $"{total} bytes compressed for {string.Join(", ", counted)}");
        await observed.CloseAsync();
    }

    [Fact]
    public async Task NoScriptBlocksRenderingAndImagesAreLazyWithDimensions()
    {
        var observed = await site.OpenAsync("articles/qwen3-release/");

        var blocking = await observed.Page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('script[src]')].filter(s => !s.defer && !s.async && s.type !== 'module').map(s => s.src)");
        var images = await observed.Page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('main img')].filter(i => i.loading !== 'lazy' || !i.getAttribute('width') || !i.getAttribute('height')).map(i => i.src)");

        Assert.Empty(blocking);
        Assert.Empty(images);
        await observed.CloseAsync();
    }

    private static string Local(string urlPath)
    {
        var relative = Uri.UnescapeDataString(urlPath[SiteFixture.BasePath.Length..]);
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }

    private static long Compressed(string file)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(File.ReadAllBytes(file));
        }
        return buffer.Length;
    }
}
