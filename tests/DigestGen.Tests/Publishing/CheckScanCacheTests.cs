using System.Text;
using DigestGen.Checking;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Publishing;

/// <summary>
/// <c>check</c> keeps what it found in each page (ids and references, by the page's bytes) in the cache
/// folder, and the next check parses only pages whose bytes it has not seen: after a build that changed a
/// few pages, the rest are not parsed again. What it reports must be what parsing every page reports.
/// </summary>
public sealed class CheckScanCacheTests : IDisposable
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="ar" dir="rtl"><head><link rel="stylesheet" href="/digest/assets/css/site.css"></head>
        <body><h2 id="قمة-بكين">قمة "الذكاء الاصطناعي" في بكين</h2><a name="قديم"></a>
        <p>قالت <a href="/digest/entities/openai/#نبذة"><bdi>OpenAI</bdi></a> إن نموذجها الجديد
        تفوّق على <a href="../deepseek/">ديب سيك</a> و<a href="#قمة-بكين">القمة</a>.</p>
        <img src="/digest/a.png" srcset="/digest/a-1x.png 1x, /digest/a-2x.png 2x" alt="صورة">
        </body></html>
        """;

    private readonly TestSite _site = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("digestgen-scans-").FullName;

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private string CachePath => Path.Combine(_folder, "scans.bin");

    /// <summary>The scan as one comparable list: its ids in order, then each reference where it sits.</summary>
    private static List<string> Shape(PageScan scan) =>
        [.. scan.Ids.Order(StringComparer.Ordinal), .. scan.References.Select(r => $"{r.Kind} {r.Url} ({r.Line},{r.Column})")];

    [Fact]
    public void AScanReadBackIsTheScanOfThePageWithItsOwnPath()
    {
        var bytes = Encoding.UTF8.GetBytes(Page);
        var parsed = PageScanner.Scan("articles/a/index.html", Page);
        var first = ScanCache.Open(CachePath);
        first.Scan("articles/a/index.html", bytes, PageScanner.Scan);
        first.Save();

        var again = ScanCache.Open(CachePath);
        var read = again.Scan("articles/b/index.html", bytes, (_, _) => throw new InvalidOperationException("parsed although its scan was kept"));

        Assert.Equal(0, again.Parsed);
        Assert.Equal("articles/b/index.html", read.RelativePath);
        Assert.Equal(Shape(parsed), Shape(read));
        Assert.Contains("قمة-بكين", read.Ids);
        Assert.Equal((4, 9), (read.References[1].Line, read.References[1].Column)); // after "<p>قالت "
    }

    [Fact]
    public void APageWhoseBytesChangedIsParsedAgain()
    {
        var first = ScanCache.Open(CachePath);
        first.Scan("index.html", Encoding.UTF8.GetBytes(Page), PageScanner.Scan);
        first.Save();
        var edited = Page.Replace("../deepseek/", "../kimi/", StringComparison.Ordinal);

        var again = ScanCache.Open(CachePath);
        var read = again.Scan("index.html", Encoding.UTF8.GetBytes(edited), PageScanner.Scan);

        Assert.Equal(1, again.Parsed);
        Assert.Contains(read.References, r => r.Url == "../kimi/");
        Assert.DoesNotContain(read.References, r => r.Url == "../deepseek/");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(40)]
    [InlineData(-3)]
    public void ADamagedFileIsAMissNotAnError(int cut)
    {
        var first = ScanCache.Open(CachePath);
        first.Scan("index.html", Encoding.UTF8.GetBytes(Page), PageScanner.Scan);
        first.Save();
        var bytes = File.ReadAllBytes(CachePath);
        File.WriteAllBytes(CachePath, cut switch
        {
            0 => [],
            > 0 => bytes[..cut],
            _ => [.. bytes[..^-cut], .. new byte[] { 0xFF, 0xFF, 0x7F }],
        });

        var again = ScanCache.Open(CachePath);
        var read = again.Scan("index.html", Encoding.UTF8.GetBytes(Page), PageScanner.Scan);

        Assert.Equal(1, again.Parsed);
        Assert.Equal(Shape(PageScanner.Scan("index.html", Page)), Shape(read));
    }

    [Fact]
    public void KeepsOnlyThePagesOfTheLatestCheck()
    {
        var first = ScanCache.Open(CachePath);
        first.Scan("a.html", Encoding.UTF8.GetBytes(Page), PageScanner.Scan);
        first.Scan("b.html", Encoding.UTF8.GetBytes("<p><a href=\"/old/\">قديم</a></p>"), PageScanner.Scan);
        first.Save();
        var second = ScanCache.Open(CachePath);
        second.Scan("a.html", Encoding.UTF8.GetBytes(Page), PageScanner.Scan);
        second.Save();

        var third = ScanCache.Open(CachePath);
        third.Scan("b.html", Encoding.UTF8.GetBytes("<p><a href=\"/old/\">قديم</a></p>"), PageScanner.Scan);

        Assert.Equal(1, third.Parsed);
        Assert.DoesNotContain("/old/", Encoding.UTF8.GetString(File.ReadAllBytes(CachePath)));
    }

    private CliRun Check() => _site.Run("check", "--content", _site.Content, "--templates", _site.Templates, "--output", _site.Output);

    [Fact]
    public void ASecondCheckParsesOnlyThePagesThatChangedAndStillFindsABrokenLink()
    {
        _site.Article("qwen.md", TestSite.ArticleText("علي بابا تطلق \"كوين\"", "2025-04-29", "أعلنت شركة \"علي بابا\" في هانغتشو عن نموذج Qwen3.", "tags: [الصين]\n"))
             .Article("kimi.md", TestSite.ArticleText("مونشوت تحدّث «كيمي»", "2025-05-02", "قالت مونشوت إن كيمي صار أسرع من ديب سيك.", "tags: [الصين]\n"));
        Assert.Equal(0, _site.Build().ExitCode);
        var pages = Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories).Count();

        var first = Check();
        var second = Check();
        var home = Path.Combine(_site.Output, "index.html");
        File.WriteAllText(home, File.ReadAllText(home).Replace("</main>", "<a href=\"../nowhere/\">؟</a></main>", StringComparison.Ordinal));
        var third = Check();

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.DoesNotContain("not parsed again", first.Stdout);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains($"check passed: {pages} pages in {_site.Output}/ ({pages} unchanged since the last check, not parsed again)", second.Stdout);
        Assert.Equal(1, third.ExitCode);
        Assert.Contains("index.html(", third.Stderr);
        Assert.Contains("link \"../nowhere/\" does not resolve", third.Stderr);
        var fourth = Check(); // the broken page's scan is kept too: the problem is found again without parsing it
        Assert.Equal(third.Stderr, fourth.Stderr);
    }
}
