using DigestGen.Output;

namespace DigestGen.Tests.Output;

public sealed class LiveFolderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "digestgen-tests", "live-" + Guid.NewGuid().ToString("N")[..8]);

    public LiveFolderTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>Every file in the folder, site-relative with forward slashes.</summary>
    private IEnumerable<string> Files() =>
        Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_root, f).Replace('\\', '/'));

    [Fact]
    public void AStagedPageReplacesTheOldOneOnlyWhenPublished()
    {
        var folder = new LiveFolder(_root);
        File.WriteAllText(Path.Combine(_root, "index.html"), "قديم");

        folder.Stage("index.html", "جديد");
        Assert.Equal("قديم", File.ReadAllText(Path.Combine(_root, "index.html")));
        folder.Publish(["index.html"]);

        Assert.Equal("جديد", File.ReadAllText(Path.Combine(_root, "index.html")));
        Assert.Equal(["index.html"], Files());
    }

    [Fact]
    public void DiscardingLeavesTheFolderAsItWas()
    {
        var folder = new LiveFolder(_root);
        File.WriteAllText(Path.Combine(_root, "index.html"), "قديم");

        folder.Stage("index.html", "جديد");
        folder.Stage("articles/x/index.html", "جديد");
        folder.Discard(["index.html", "articles/x/index.html"]);

        Assert.Equal("قديم", File.ReadAllText(Path.Combine(_root, "index.html")));
        Assert.Equal(["index.html"], Files().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void PublishingReplacesAHardLinkInsteadOfWritingThroughIt()
    {
        var folder = new LiveFolder(_root);
        var elsewhere = Path.Combine(Path.GetDirectoryName(_root)!, Path.GetFileName(_root) + "-other.html");
        File.WriteAllText(elsewhere, "صفحة بناء آخر");
        HardLink.CreateOrCopy(elsewhere, Path.Combine(_root, "page.html"));

        folder.Stage("page.html", "جديد");
        folder.Publish(["page.html"]);

        Assert.Equal("صفحة بناء آخر", File.ReadAllText(elsewhere));
        File.Delete(elsewhere);
    }

    [Fact]
    public void DeletingTheLastFileOfAnEntityRemovesItsEmptyFolders()
    {
        var folder = new LiveFolder(_root);
        folder.Stage("entities/qwen3/page/2/index.html", "صفحة");
        folder.Publish(["entities/qwen3/page/2/index.html"]);
        File.WriteAllText(Path.Combine(_root, "entities", "keep.html"), "x");

        folder.Delete("entities/qwen3/page/2/index.html");

        Assert.False(Directory.Exists(Path.Combine(_root, "entities", "qwen3")));
        Assert.True(File.Exists(Path.Combine(_root, "entities", "keep.html")));
    }

    [Theory]
    [InlineData("../outside.html")]
    [InlineData("/etc/passwd")]
    [InlineData("a/../../outside.html")]
    public void RefusesPathsThatLeaveTheFolder(string path)
    {
        var folder = new LiveFolder(_root);

        Assert.Throws<InvalidOperationException>(() => folder.Stage(path, "x"));
        Assert.Throws<InvalidOperationException>(() => folder.Delete(path));
    }
}
