using DigestGen.Tests.Support;

namespace DigestGen.Tests.Build;

/// <summary>The example digest a fresh clone builds must build cleanly: no error, no warning.</summary>
public sealed class ExampleDigestTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void BuildsWithoutWarnings()
    {
        var run = _site.Run("build", "--content", RepoPaths.ExampleContent, "--templates", RepoPaths.Templates, "--output", _site.Output);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void HasNoRootRelativeLinkWithoutTheProjectPath()
    {
        _site.Run("build", "--content", RepoPaths.ExampleContent, "--templates", RepoPaths.Templates, "--output", _site.Output,
            "--base-url", "https://example.github.io/digest/");

        var offenders = Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories)
            .SelectMany(file => Html.Parse(File.ReadAllText(file))
                .QuerySelectorAll("[href], [src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? "")
                .Where(url => url.StartsWith('/') && !url.StartsWith("/digest/", StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal))
                .Select(url => $"{Path.GetRelativePath(_site.Output, file)}: {url}"))
            .ToList();
        Assert.Empty(offenders);
    }
}
