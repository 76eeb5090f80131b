using System.Text;
using DigestGen.Content;
using DigestGen.Diagnostics;

namespace DigestGen.Tests.Content;

/// <summary>Content files are read as strict UTF-8: bad bytes are an error at their line and column, never mojibake.</summary>
public sealed class TextFileTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "digestgen-textfile-" + Guid.NewGuid().ToString("N") + ".md");

    public void Dispose() => File.Delete(_file);

    private (string? Text, IReadOnlyList<Diagnostic> Diagnostics) Read(byte[] bytes)
    {
        File.WriteAllBytes(_file, bytes);
        var diagnostics = new DiagnosticBag();
        var text = TextFile.Read(_file, diagnostics, out var digest);
        Assert.Equal(System.Security.Cryptography.SHA256.HashData(bytes), digest);
        return (text, diagnostics.Sorted());
    }

    [Fact]
    public void ArabicTextWithABomAndCrlfReadsAsLfTextWithoutTheBom()
    {
        var (text, diagnostics) = Read([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\r\ntitle: قال \"علي بابا\"\r\n---\r\nنص ١٢٣.\r\n")]);

        Assert.Empty(diagnostics);
        Assert.Equal("---\ntitle: قال \"علي بابا\"\n---\nنص ١٢٣.\n", text);
    }

    [Fact]
    public void AWindowsArabicByteIsAnErrorAtItsLineAndColumn()
    {
        // "نص" then 0xC7 (alef in Windows-1256), which UTF-8 cannot start a sequence with before a space.
        var (text, diagnostics) = Read([.. Encoding.UTF8.GetBytes("---\ntitle: نص"), 0xC7, .. Encoding.UTF8.GetBytes(" خبر\n---\n")]);

        Assert.Null(text);
        var error = Assert.Single(diagnostics);
        Assert.Equal("file is not valid UTF-8", error.Message);
        Assert.Equal((2, 12), (error.Line, error.Column));
    }

    [Fact]
    public void ASequenceCutOffByTheEndIsAnErrorWhereItStarts()
    {
        var (text, diagnostics) = Read([.. Encoding.UTF8.GetBytes("نص\nخبر"), 0xD8]);

        Assert.Null(text);
        var error = Assert.Single(diagnostics);
        Assert.Equal((2, 7), (error.Line, error.Column));
    }
}
