using System.Text;
using DigestGen.Content;
using DigestGen.Diagnostics;

namespace DigestGen.Tests.Content;

/// <summary>
/// An article file is parsed straight from the buffer it was decoded into, unless it needs cleaning (a BOM, CRLF
/// line ends, a control or bidi character); both roads give the same article, and a cleaned file's warning names
/// the line and column of the file as the editor sees it.
/// </summary>
public sealed class ArticleFileTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "digestgen-article-file-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private const string Lf = "---\ntitle: 'قال \"سام ألتمان\" في سان فرانسيسكو'\ndate: 2025-06-12\ntags: [ذكاء اصطناعي, OpenAI]\n---\nقال \"سام ألتمان\" إن GPT-5 سيصدر في حزيران.\n\nوأضاف أن الشركة تعمل مع مايكروسوفت.\n";

    private (Article? Article, IReadOnlyList<Diagnostic> Diagnostics) Load(string name, byte[] bytes)
    {
        var articles = Path.Combine(_root, "articles");
        Directory.CreateDirectory(articles);
        var file = Path.Combine(articles, name);
        File.WriteAllBytes(file, bytes);
        var diagnostics = new DiagnosticBag();
        var loader = new ContentLoader(new DigestConfig());
        return (loader.LoadArticle(file, articles, diagnostics), diagnostics.Sorted());
    }

    [Fact]
    public void AFileWithABomAndCrlfLinesLoadsAsTheSameArticleAsItsCleanForm()
    {
        var (clean, none) = Load("gpt5.md", Encoding.UTF8.GetBytes(Lf));
        var (windows, alsoNone) = Load("gpt5-windows.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Lf.Replace("\n", "\r\n"))]);

        Assert.Empty(none);
        Assert.Empty(alsoNone);
        Assert.NotNull(clean);
        Assert.NotNull(windows);
        Assert.Equal("قال \"سام ألتمان\" في سان فرانسيسكو", clean.Meta.Title);
        Assert.Equal(["ذكاء اصطناعي", "OpenAI"], clean.Meta.Tags);
        Assert.Equal("قال \"سام ألتمان\" إن GPT-5 سيصدر في حزيران.\n\nوأضاف أن الشركة تعمل مع مايكروسوفت.\n", clean.Body);
        Assert.Equal(6, clean.BodyLine);
        Assert.Equal((clean.Meta.Title, clean.Meta.Date, clean.Body, clean.BodyLine), (windows.Meta.Title, windows.Meta.Date, windows.Body, windows.BodyLine));
        Assert.Equal(clean.Meta.Tags, windows.Meta.Tags);
        // The content hash is of the bytes, so the two files differ there.
        Assert.NotEqual(clean.ContentHash, windows.ContentHash);
        Assert.Equal(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Lf)), 0, 8), clean.ContentHash);
    }

    [Fact]
    public void ABidiOverrideInTheBodyIsRemovedWithAWarningAtItsPlace()
    {
        var text = Lf.Replace("وأضاف أن", "وأضاف \u202Eأن", StringComparison.Ordinal).Replace("\n", "\r\n");

        var (article, diagnostics) = Load("override.md", Encoding.UTF8.GetBytes(text));

        Assert.NotNull(article);
        Assert.Equal("قال \"سام ألتمان\" إن GPT-5 سيصدر في حزيران.\n\nوأضاف أن الشركة تعمل مع مايكروسوفت.\n", article.Body);
        var warning = Assert.Single(diagnostics);
        Assert.Contains("U+202E", warning.Message, StringComparison.Ordinal);
        Assert.Equal((8, 7), (warning.Line, warning.Column));
    }
}
