using DigestGen.Caching;
using DigestGen.Entities;
using DigestGen.Tests.Support;
using static DigestGen.Tests.Support.CacheBytes;

namespace DigestGen.Tests.Caching;

/// <summary>The entity cache gives back exactly what was extracted, Arabic and Latin alike, and treats a file
/// it cannot read or trust as a miss.</summary>
public sealed class EntityCacheTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "digestgen-entity-cache-" + Guid.NewGuid().ToString("N"));

    private static readonly FoundEntity[] Found =
    [
        new("alibaba", "علي بابا", EntityType.Organization, true,
            [new Mention("علي بابا", 12, 8), new Mention("Alibaba", 140, 7), new Mention("لعلي بابا", 301, 9)]),
        new("wang-lei", "وانغ لي", EntityType.Person, false, [new Mention("\"وانغ لي\"", 55, 9)]),
        new("empty", "بلا ذكر", EntityType.Place, true, []),
    ];

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void SavedEntitiesComeBackWithoutExtractingAgain()
    {
        var first = EntityCache.Open(_root, "key", read: true);
        Assert.Equal(Found, first.GetOrExtract("hash-1", () => Found));
        first.Save();

        var second = EntityCache.Open(_root, "key", read: true);
        var extracted = 0;
        var cached = second.GetOrExtract("hash-1", () => { extracted++; return []; });

        Assert.Equal(0, extracted);
        Assert.Equal(Found.Length, cached.Count);
        for (var i = 0; i < Found.Length; i++)
        {
            Assert.Equal(Found[i] with { Mentions = Array.Empty<Mention>() }, cached[i] with { Mentions = Array.Empty<Mention>() });
            Assert.Equal(Found[i].Mentions, cached[i].Mentions);
        }
        // Binary, each text once: the name and a mention share one copy of "علي بابا" (as the file
        // writes a string, after its length; "لعلي بابا" holds the same bytes after another length).
        var file = Assert.Single(Directory.GetFiles(_root, "entities-key*"));
        Assert.EndsWith("entities-key.bin", file, StringComparison.Ordinal);
        Assert.Equal(1, Occurrences(File.ReadAllBytes(file), [(byte)"علي بابا"u8.Length, .. "علي بابا"u8]));
    }

    /// <summary>
    /// What comes back is what was saved, texts with quotes, controls, diacritics and tatweel included,
    /// and a text that many articles mention is one string.
    /// </summary>
    [Fact]
    public void FileGivesBackWhatWasSavedWithRepeatedTextsShared()
    {
        var read = EntityCacheFile.Decode(EntityCacheFile.Encode(new Dictionary<string, IReadOnlyList<FoundEntity>>
        {
            ["hash-1"] = Found,
            ["hash-2"] = Second,
        }));

        Assert.NotNull(read);
        Assert.Equal(["hash-1", "hash-2"], read.Keys.Order(StringComparer.Ordinal));
        foreach (var (hash, saved) in new[] { ("hash-1", Found), ("hash-2", Second) })
        {
            Assert.Equal(saved.Select(e => (e.Id, e.Name, e.Type, e.Verified)), read[hash].Select(e => (e.Id, e.Name, e.Type, e.Verified)));
            Assert.Equal(saved.Select(e => e.Mentions.ToList()), read[hash].Select(e => e.Mentions.ToList()));
        }
        Assert.Same(read["hash-1"][0].Mentions[0].Text, read["hash-2"][0].Mentions[0].Text);
        Assert.Same(read["hash-1"][0].Id, read["hash-2"][0].Id);
    }

    [Fact]
    public void TheSameEntriesMakeTheSameBytesWhateverOrderTheyCameIn()
    {
        var one = EntityCacheFile.Encode(new Dictionary<string, IReadOnlyList<FoundEntity>> { ["b"] = Second, ["a"] = Found });
        var two = EntityCacheFile.Encode(new Dictionary<string, IReadOnlyList<FoundEntity>> { ["a"] = Found, ["b"] = Second });

        Assert.Equal(one, two);
    }

    [Theory]
    [MemberData(nameof(CacheBytes.Damages), MemberType = typeof(CacheBytes))]
    public void ADamagedFileIsAMiss(string damage)
    {
        var bytes = Damaged(EntityCacheFile.Encode(new Dictionary<string, IReadOnlyList<FoundEntity>> { ["hash-1"] = Found }), damage);
        Directory.CreateDirectory(_root);
        File.WriteAllBytes(Path.Combine(_root, "entities-key.bin"), bytes);

        Assert.Null(EntityCacheFile.Decode(bytes));
        var cache = EntityCache.Open(_root, "key", read: true);
        var extracted = 0;
        cache.GetOrExtract("hash-1", () => { extracted++; return Found; });
        Assert.Equal(1, extracted);
    }

    /// <summary>A file whose checksum holds but whose contents this version cannot stand behind (written by a bug, or by hand) is a miss too.</summary>
    [Fact]
    public void ContentsThatDoNotCheckOutAreAMissEvenWithTheRightChecksum()
    {
        FoundEntity Entity(EntityType type, int start) => new("a", "أ", type, true, [new Mention("أ", start, 1)]);
        var unknownType = EntityCacheFile.Encode(new Dictionary<string, IReadOnlyList<FoundEntity>> { ["h"] = [Entity((EntityType)17, 0)] });
        var negativeStart = EntityCacheFile.Encode(new Dictionary<string, IReadOnlyList<FoundEntity>> { ["h"] = [Entity(EntityType.Place, -4)] });
        var good = EntityCacheFile.Encode(new Dictionary<string, IReadOnlyList<FoundEntity>> { ["h"] = [Entity(EntityType.Place, 4)] });
        var trailing = Resealed([.. good[..^8], 0], _ => { });

        Assert.NotNull(EntityCacheFile.Decode(good));
        Assert.Null(EntityCacheFile.Decode(unknownType));
        Assert.Null(EntityCacheFile.Decode(negativeStart));
        Assert.Null(EntityCacheFile.Decode(trailing));
    }

    /// <summary>Another key's file and the JSON cache of older versions are deleted; another build's file in the making is not.</summary>
    [Fact]
    public void OpeningDeletesOtherKeysFilesButNotAWriteInProgress()
    {
        Directory.CreateDirectory(_root);
        foreach (var name in new[] { "entities-old.bin", "entities-key.json", "entities-other.bin.4242.tmp", "state-abc.json" })
        {
            File.WriteAllText(Path.Combine(_root, name), "x");
        }

        EntityCache.Open(_root, "key", read: true);

        Assert.Equal(["entities-other.bin.4242.tmp", "state-abc.json"],
            Directory.GetFiles(_root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    /// <summary>A text with half a surrogate pair cannot be written as UTF-8 and read back the same: the cache is not written, and the build goes on.</summary>
    [Fact]
    public void ATextThatIsNotUnicodeLeavesNoFile()
    {
        var cache = EntityCache.Open(_root, "key", read: true);
        cache.GetOrExtract("hash-1", () => [new FoundEntity("a", "أ\uD800", EntityType.Person, false, [])]);

        cache.Save();

        Assert.False(Directory.Exists(_root) && Directory.EnumerateFiles(_root).Any());
    }

    private static readonly FoundEntity[] Second =
    [
        new("alibaba", "علي بابا", EntityType.Organization, true, [new Mention("علي بابا", 3, 8), new Mention("وعلي بابا", 90, 9)]),
        new("escaped", "اسم \\ غريب", EntityType.Other, false, [new Mention("قال: \"ما\"\t\u0001", 7, 12)]),
        // Diacritics and tatweel are kept as written: the mention is the text's own span, not its normal form.
        new("deepseek", "ديبسيك", EntityType.Organization, true, [new Mention("ديبسـيك", 20, 7), new Mention("بِدِيبْسِيك", 41, 11), new Mention("DeepSeek-R1", 60, 11)]),
    ];
}
