using DigestGen.Caching;

namespace DigestGen.Tests.Caching;

/// <summary>The stamp of an output folder moves with any file's path, size or time, at any depth.</summary>
public sealed class OutputStampTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "digestgen-stamp-" + Guid.NewGuid().ToString("N"));

    public OutputStampTests()
    {
        Write("index.html", "<h1>الرئيسية</h1>");
        Write("articles/qwen3/index.html", "<p>علي بابا تطلق Qwen3</p>");
        Write("entities/alibaba/page/2/index.html", "<p>علي بابا</p>");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string path, string text)
    {
        var full = Path.Combine(_root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        File.SetLastWriteTimeUtc(full, new DateTime(2025, 4, 29, 6, 30, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void IsTheSameForAnUntouchedFolderAndNullForNone()
    {
        Assert.Equal(OutputStamp.Of(_root), OutputStamp.Of(_root));
        Assert.Null(OutputStamp.Of(Path.Combine(_root, "missing")));
    }

    [Fact]
    public void MovesWhenAnyFileChangesAtAnyDepth()
    {
        var stamps = new List<string?> { OutputStamp.Of(_root) };
        Write("entities/alibaba/page/2/index.html", "<p>علي بابا!</p>");        // a size, deep down
        stamps.Add(OutputStamp.Of(_root));
        File.SetLastWriteTimeUtc(Path.Combine(_root, "index.html"), new DateTime(2025, 4, 30, 0, 0, 0, DateTimeKind.Utc)); // a time, at the top
        stamps.Add(OutputStamp.Of(_root));
        Write("robots.txt", "User-agent: *");                                 // a new file at the top
        stamps.Add(OutputStamp.Of(_root));
        File.Move(Path.Combine(_root, "articles/qwen3/index.html"), Path.Combine(_root, "articles/qwen3/old.html")); // a rename
        stamps.Add(OutputStamp.Of(_root));

        Assert.All(stamps, Assert.NotNull);
        Assert.Equal(stamps.Count, stamps.Distinct().Count());
    }
}
