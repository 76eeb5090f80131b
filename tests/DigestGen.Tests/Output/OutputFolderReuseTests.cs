using DigestGen.Output;

namespace DigestGen.Tests.Output;

/// <summary>Files reused from the previous site are linked into staging, never written through.</summary>
public sealed class OutputFolderReuseTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "digestgen-tests", Guid.NewGuid().ToString("N")[..12]);

    private string Target => Path.Combine(_root, "site");

    public OutputFolderReuseTests()
    {
        Directory.CreateDirectory(Path.Combine(Target, "articles", "a"));
        File.WriteAllText(Path.Combine(Target, OutputFolder.Marker), "");
        File.WriteAllText(Path.Combine(Target, "articles", "a", "index.html"), "old page");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void ReusedFileAppearsInTheNewSiteUnchanged()
    {
        using (var output = OutputFolder.Open(Target, []))
        {
            Assert.True(output.TryReusePrevious("articles/a/index.html"));
            Assert.False(output.TryReusePrevious("articles/missing/index.html"));
            output.Commit();
        }

        Assert.Equal("old page", File.ReadAllText(Path.Combine(Target, "articles", "a", "index.html")));
    }

    [Fact]
    public void WritingOverALinkedFileLeavesTheLiveSiteAloneUntilCommit()
    {
        using var output = OutputFolder.Open(Target, []);
        output.TryReusePrevious("articles/a/index.html");

        output.WriteText("articles/a/index.html", "new page");

        Assert.Equal("old page", File.ReadAllText(Path.Combine(Target, "articles", "a", "index.html")));
        Assert.Equal("new page", File.ReadAllText(output.Resolve("articles/a/index.html")));
    }

    [Fact]
    public void FailedBuildAfterLinkingLeavesThePreviousSite()
    {
        using (var output = OutputFolder.Open(Target, []))
        {
            output.TryReusePrevious("articles/a/index.html");
            output.WriteText("articles/b/index.html", "never committed");
        }

        Assert.Equal("old page", File.ReadAllText(Path.Combine(Target, "articles", "a", "index.html")));
        Assert.False(File.Exists(Path.Combine(Target, "articles", "b", "index.html")));
    }

    [Fact]
    public void AFileWrittenTwiceKeepsOnlyTheSecondText()
    {
        // Files are opened as new (no truncation); a second write to one path must still replace it whole.
        using (var output = OutputFolder.Open(Target, []))
        {
            output.WriteText("articles/c/index.html", "a first, longer version of the page");
            output.WriteText("articles/c/index.html", "second");
            using (var stream = output.Create("api/data.json"))
            {
                stream.Write("[1,2,3,4,5]"u8);
            }

            using (var stream = output.Create("api/data.json"))
            {
                stream.Write("[]"u8);
            }

            output.Commit();
        }

        Assert.Equal("second", File.ReadAllText(Path.Combine(Target, "articles", "c", "index.html")));
        Assert.Equal("[]", File.ReadAllText(Path.Combine(Target, "api", "data.json")));
    }
}
