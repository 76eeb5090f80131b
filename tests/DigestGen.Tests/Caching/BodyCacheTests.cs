using DigestGen.Caching;
using DigestGen.Markdown;
using static DigestGen.Tests.Support.CacheBytes;

namespace DigestGen.Tests.Caching;

/// <summary>The body cache gives back each article's excerpt, corrections and word count as they were put, keeps only
/// the latest build's articles, and treats a file it cannot read or trust as a miss.</summary>
public sealed class BodyCacheTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "digestgen-body-cache-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static readonly BodyFacts Qwen = new("أعلنت \"علي بابا\" في بكين عن سلسلة Qwen3 الجديدة.", ["صُحّح اسم السلسلة.", "أضيف رابط البيان."], 42);
    private static readonly BodyFacts Quark = new("طرحت الشركة نسخة من كوارك.", [], 5);

    [Fact]
    public void SavedFactsComeBackAsTheyWerePut()
    {
        var first = BodyCache.Open(_root, "key", read: true);
        first.Put("hash-1", Qwen);
        first.Put("hash-2", Quark);
        first.Save();

        var second = BodyCache.Open(_root, "key", read: true);

        Assert.Equal(2, second.Count);
        Assert.True(second.TryGet("hash-1", out var qwen));
        Assert.True(second.TryGet("hash-2", out var quark));
        Assert.False(second.TryGet("hash-3", out _));
        Assert.Equal(2, second.Hits);
        Assert.Equal((Qwen.Excerpt, Qwen.WordCount), (qwen.Excerpt, qwen.WordCount));
        Assert.Equal(Qwen.Corrections, qwen.Corrections);
        Assert.Equal((Quark.Excerpt, 0, 5), (quark.Excerpt, quark.Corrections.Count, quark.WordCount));
        Assert.EndsWith("bodies-key.bin", Assert.Single(Directory.GetFiles(_root)), StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyTheLatestBuildsArticlesAreKeptAndAnUnchangedSetLeavesTheFileAsItWas()
    {
        var first = BodyCache.Open(_root, "key", read: true);
        first.Put("old", Qwen);
        first.Put("kept", Quark);
        first.Save();

        var second = BodyCache.Open(_root, "key", read: true);
        Assert.True(second.TryGet("kept", out _));
        second.Put("new", Qwen);
        second.Save();

        var third = BodyCache.Open(_root, "key", read: true);
        Assert.Equal(2, third.Count);
        Assert.False(third.TryGet("old", out _));
        Assert.True(third.TryGet("kept", out _));
        Assert.True(third.TryGet("new", out _));
        var path = Assert.Single(Directory.GetFiles(_root));
        var written = File.GetLastWriteTimeUtc(path).AddHours(-1);
        File.SetLastWriteTimeUtc(path, written);
        third.Save();
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void AnotherKeysFileIsNotReadAndIsDeleted()
    {
        var first = BodyCache.Open(_root, "old-key", read: true);
        first.Put("hash-1", Qwen);
        first.Save();

        var second = BodyCache.Open(_root, "new-key", read: true);

        Assert.Equal(0, second.Count);
        Assert.False(second.TryGet("hash-1", out _));
        Assert.Empty(Directory.GetFiles(_root));
    }

    [Theory]
    [MemberData(nameof(Damages), MemberType = typeof(Support.CacheBytes))]
    public void ADamagedFileIsAMiss(string damage)
    {
        var bytes = Damaged(BodyCacheFile.Encode(new Dictionary<string, BodyFacts> { ["hash-1"] = Qwen }), damage);
        Directory.CreateDirectory(_root);
        File.WriteAllBytes(Path.Combine(_root, "bodies-key.bin"), bytes);

        Assert.Null(BodyCacheFile.Decode(bytes));
        var cache = BodyCache.Open(_root, "key", read: true);
        Assert.Equal(0, cache.Count);
        Assert.False(cache.TryGet("hash-1", out _));
    }

    [Fact]
    public void ATextThatIsNotUnicodeWritesNoFile()
    {
        var cache = BodyCache.Open(_root, "key", read: true);
        cache.Put("hash-1", Qwen with { Excerpt = "نص \uD800 مكسور" });
        cache.Save();

        Assert.False(Directory.Exists(_root) && Directory.GetFiles(_root).Length > 0);
        Assert.Throws<System.Text.EncoderFallbackException>(() => BodyCacheFile.Encode(new Dictionary<string, BodyFacts> { ["hash-1"] = Qwen with { Corrections = ["\uDC00"] } }));
    }
}
