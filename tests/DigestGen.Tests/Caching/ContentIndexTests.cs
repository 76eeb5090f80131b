using DigestGen.Build;
using DigestGen.Caching;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Caching;

/// <summary>
/// The content index (git's index): a content file whose stat is as the last build recorded it keys
/// the input with its recorded digest, unread; a file whose stat moved, or was "racy" (modified or
/// changed within <see cref="ContentIndex.Margin"/> of when that build began), is read again.
/// A false digest planted in the index shows which of the two happened.
/// </summary>
public sealed class ContentIndexTests : IDisposable
{
    private readonly TestSite _site = new TestSite()
        .Config("title: موجز الاختبار\n")
        .Entities("orgs.yml", "- id: alibaba\n  name: علي بابا\n  type: organization\n")
        .Article("qwen3.md", TestSite.ArticleText("علي بابا تطلق Qwen3", "2025-04-29", "أعلنت \"علي بابا\" عن سلسلة Qwen3 الجديدة."))
        .Article("quark.md", TestSite.ArticleText("تحديث كوارك", "2025-04-10", "طرحت الشركة نسخة من كوارك."));

    public void Dispose() => _site.Dispose();

    private BuildOptions Options => _site.Options;

    private string Quark => Path.Combine(_site.Content, "articles", "quark.md");

    /// <summary>The index as a build that began <see cref="ContentIndex.Margin"/> and a second later would have recorded it: no file is racy.</summary>
    private static ContentIndex Later(ContentIndex index) => index with { Taken = index.Taken + (ContentIndex.Margin + TimeSpan.FromSeconds(1)).Ticks };

    private static ContentIndex WithFalseDigest(ContentIndex index, string relative) => index with
    {
        Files = index.Files.ToDictionary(kv => kv.Key, kv => kv.Key == relative ? kv.Value with { Digest = new byte[32] } : kv.Value),
    };

    [Fact]
    public void EveryContentFileIsRecordedWithItsStatAndDigest()
    {
        var index = CacheKeys.Compute(Options).Index;

        Assert.Equal(["articles/quark.md", "articles/qwen3.md", "digest.yml", "entities/orgs.yml"], index.Files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(new FileInfo(Quark).Length, index.Files["articles/quark.md"].Stat.Length);
        Assert.Equal(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Quark)), index.Files["articles/quark.md"].Digest);
    }

    [Fact]
    public void AFileWhoseStatIsUnchangedIsNotReadAgain()
    {
        var keys = CacheKeys.Compute(Options);
        var index = Later(keys.Index);

        Assert.Equal(keys.Input, CacheKeys.Compute(Options, previous: index).Input);
        Assert.NotEqual(keys.Input, CacheKeys.Compute(Options, previous: WithFalseDigest(index, "articles/quark.md")).Input);
        // The settings and the gazetteer key the extraction, and are taken from the index the same way.
        Assert.NotEqual(keys.Extraction, CacheKeys.Compute(Options, previous: WithFalseDigest(index, "entities/orgs.yml")).Extraction);
    }

    [Fact]
    public void ARacyFileIsReadAgain()
    {
        var keys = CacheKeys.Compute(Options); // the files were written a moment ago: every one is racy

        Assert.Equal(keys.Input, CacheKeys.Compute(Options, previous: WithFalseDigest(keys.Index, "articles/quark.md")).Input);
    }

    [Fact]
    public void TheRacyRuleLooksAtBothTimesOfAFileWhoseStatIsUnchanged()
    {
        var taken = new DateTime(2025, 4, 29, 6, 30, 0, DateTimeKind.Utc).Ticks;
        var old = taken - TimeSpan.FromMinutes(5).Ticks;
        var justBefore = taken - (ContentIndex.Margin - TimeSpan.FromMilliseconds(1)).Ticks;
        var clearlyBefore = taken - (ContentIndex.Margin + TimeSpan.FromMilliseconds(1)).Ticks;
        byte[] digest = [1, 2, 3];
        ContentIndex Recorded(FileStat stat) => new() { Root = "/content", Taken = taken, Files = new Dictionary<string, IndexedFile> { ["a.md"] = new(stat, digest) } };
        byte[]? Trusted(FileStat stat) => Recorded(stat).Digest("a.md", stat);

        Assert.Same(digest, Trusted(new FileStat(10, clearlyBefore, clearlyBefore, 7)));
        Assert.Null(Trusted(new FileStat(10, justBefore, old, 7)));
        Assert.Null(Trusted(new FileStat(10, old, justBefore, 7)));
        Assert.Null(Trusted(new FileStat(10, taken + 1, taken + 1, 7))); // written while the build ran, or dated ahead
        Assert.Same(digest, Trusted(new FileStat(10, old, 0, 0))); // no change time or inode where the platform gives none
        Assert.Null(Recorded(new FileStat(10, old, old, 7)).Digest("a.md", new FileStat(10, old, old, 8))); // replaced by another file
        Assert.Null(Recorded(new FileStat(10, old, old, 7)).Digest("b.md", new FileStat(10, old, old, 7)));
    }

    /// <summary>
    /// Bytes rewritten in place, same size, the modification time set back to the recorded one, and not
    /// racy: on Linux the change time (which no program can set back) shows the edit; where the platform
    /// gives only size and modification time, the edit is not seen, as with git without ctime.
    /// </summary>
    [Fact]
    public void ASameSizeEditWithTheModificationTimeSetBackIsSeenOnLinux()
    {
        var before = CacheKeys.Compute(Options);
        var index = Later(before.Index);
        var recorded = index.Files["articles/quark.md"].Stat;
        Thread.Sleep(50); // a later tick of the file system's clock than the recorded change time

        File.WriteAllText(Quark, File.ReadAllText(Quark).Replace("كوارك", "كوانت"));
        File.SetLastWriteTimeUtc(Quark, new DateTime(recorded.Ticks, DateTimeKind.Utc));
        var edited = CacheKeys.Compute(Options).Input;

        Assert.Equal((recorded.Length, recorded.Ticks), (new FileInfo(Quark).Length, File.GetLastWriteTimeUtc(Quark).Ticks));
        Assert.NotEqual(before.Input, edited);
        Assert.Equal(OperatingSystem.IsLinux() ? edited : before.Input, CacheKeys.Compute(Options, previous: index).Input);
    }

    [Fact]
    public void ATouchedButIdenticalFileKeepsItsDigestAndTheKey()
    {
        var keys = CacheKeys.Compute(Options);
        var index = Later(keys.Index);

        File.SetLastWriteTimeUtc(Quark, DateTime.UtcNow.AddMinutes(-1));
        var again = CacheKeys.Compute(Options, previous: index);

        Assert.Equal(keys.Input, again.Input);
        Assert.Equal(index.Files["articles/quark.md"].Digest, again.Index.Files["articles/quark.md"].Digest);
        Assert.NotEqual(index.Files["articles/quark.md"].Stat, again.Index.Files["articles/quark.md"].Stat);
    }

    [Fact]
    public void AnIndexOfAnotherContentFolderIsNotUsed()
    {
        var keys = CacheKeys.Compute(Options);
        var elsewhere = WithFalseDigest(Later(keys.Index), "articles/quark.md") with { Root = Path.Combine(_site.Root, "other") };

        Assert.Equal(keys.Input, CacheKeys.Compute(Options, previous: elsewhere).Input);
    }
}
