using DigestGen.Caching;
using DigestGen.Entities;

namespace DigestGen.Tests.Caching;

/// <summary>The entity cache gives back exactly what was extracted, Arabic and Latin alike, and treats a file
/// it cannot read as a miss.</summary>
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
        var file = Assert.Single(Directory.GetFiles(_root, "entities-key.json"));
        Assert.Contains("\"علي بابا\"", File.ReadAllText(file), StringComparison.Ordinal);
    }

    /// <summary>
    /// The cache is written by the serialiser and read by a reader of its own: what comes back is what
    /// was saved, texts that JSON escapes included, and a text that many articles mention is one string.
    /// </summary>
    [Fact]
    public void ReaderGivesBackWhatTheWriterSavedWithRepeatedTextsShared()
    {
        FoundEntity[] second =
        [
            new("alibaba", "علي بابا", EntityType.Organization, true, [new Mention("علي بابا", 3, 8), new Mention("وعلي بابا", 90, 9)]),
            new("escaped", "اسم \\ غريب", EntityType.Other, false, [new Mention("قال: \"ما\"\t\u0001", 7, 12)]),
            // Diacritics and tatweel are kept as written: the mention is the text's own span, not its normal form.
            new("deepseek", "ديبسيك", EntityType.Organization, true, [new Mention("ديبسـيك", 20, 7), new Mention("بِدِيبْسِيك", 41, 11), new Mention("DeepSeek-R1", 60, 11)]),
        ];
        var first = EntityCache.Open(_root, "key", read: true);
        first.GetOrExtract("hash-1", () => Found);
        first.GetOrExtract("hash-2", () => second);
        first.Save();

        var read = EntityCacheReader.Read(Path.Combine(_root, "entities-key.json"));

        Assert.NotNull(read);
        Assert.Equal(["hash-1", "hash-2"], read.Keys.Order(StringComparer.Ordinal));
        foreach (var (hash, saved) in new[] { ("hash-1", Found), ("hash-2", second) })
        {
            Assert.Equal(saved.Select(e => (e.Id, e.Name, e.Type, e.Verified)), read[hash].Select(e => (e.Id, e.Name, e.Type, e.Verified)));
            Assert.Equal(saved.Select(e => e.Mentions.ToList()), read[hash].Select(e => e.Mentions.ToList()));
        }
        Assert.Same(read["hash-1"][0].Mentions[0].Text, read["hash-2"][0].Mentions[0].Text);
        Assert.Same(read["hash-1"][0].Id, read["hash-2"][0].Id);
    }

    [Fact]
    public void ReaderSkipsAMemberItDoesNotKnow()
    {
        var json = "{\"h\":[{\"Id\":\"a\",\"Later\":{\"x\":[1,2]},\"Name\":\"أ\",\"Type\":2,\"Verified\":false,\"Mentions\":[[\"أ\",4,1]]}]}"u8;

        var entity = Assert.Single(EntityCacheReader.Parse(json)["h"]);

        Assert.Equal(("a", "أ", EntityType.Place, false), (entity.Id, entity.Name, entity.Type, entity.Verified));
        Assert.Equal([new Mention("أ", 4, 1)], entity.Mentions);
    }

    [Theory]
    [InlineData("{\"hash-1\":[{\"Id\":\"a\",\"Name\":\"أ\",\"Type\":1,\"Verified\":true,\"Mentions\":[{\"Text\":\"أ\",\"Start\":0,\"Length\":1}]}]}")]
    [InlineData("{\"hash-1\":[{\"Id\":\"a\",\"Name\":\"أ\",\"Type\":1,\"Verified\":true,\"Mentions\":[[\"أ\",0,1]]}]")]
    [InlineData("{\"hash-1\":[{\"Id\":\"a\",\"Name\":\"أ\",\"Type\":1,\"Verified\":true,\"Mentions\":[[\"أ\",0,1.5]]}]}")]
    [InlineData("{\"hash-1\":[{\"Id\":\"a\",\"Name\":\"أ\",\"Type\":1,\"Verified\":true,\"Mentions\":[[\"أ\",0,99999999999]]}]}")]
    [InlineData("{\"hash-1\":[{\"Id\":\"a\",\"Name\":\"أ\",\"Type\":17,\"Verified\":true,\"Mentions\":[]}]}")]
    [InlineData("{\"hash-1\":[{\"Id\":\"a\",\"Type\":1,\"Verified\":true,\"Mentions\":[]}]}")]
    [InlineData("{\"hash-1\":[{\"Id\":\"a\",\"Name\":\"أ\",\"Type\":1,\"Verified\":true,\"Mentions\":[]}]} {}")]
    [InlineData("{\"hash-1\":[{\"Id\":\"a\",\"Name\":\"أ\",\"Type\":1,\"Verified\":true,\"Mentions\":[[\"أ\",0]]}]}")]
    [InlineData("not json")]
    [InlineData("")]
    public void AFileItCannotReadIsAMiss(string text)
    {
        Directory.CreateDirectory(_root);
        File.WriteAllText(Path.Combine(_root, "entities-key.json"), text);

        var cache = EntityCache.Open(_root, "key", read: true);
        var extracted = 0;
        cache.GetOrExtract("hash-1", () => { extracted++; return Found; });

        Assert.Equal(1, extracted);
    }

    [Fact]
    public void BytesThatAreNotUtf8AreAMiss()
    {
        Directory.CreateDirectory(_root);
        File.WriteAllBytes(Path.Combine(_root, "entities-key.json"),
            [.. "{\"hash-1\":[{\"Id\":\"a\",\"Name\":\""u8, 0xD8, 0x28, .. "\",\"Type\":1,\"Verified\":true,\"Mentions\":[]}]}"u8]);

        Assert.Null(EntityCacheReader.Read(Path.Combine(_root, "entities-key.json")));
    }
}
