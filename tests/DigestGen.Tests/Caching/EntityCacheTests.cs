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

    [Theory]
    [InlineData("{\"hash-1\":[{\"Id\":\"a\",\"Name\":\"أ\",\"Type\":1,\"Verified\":true,\"Mentions\":[{\"Text\":\"أ\",\"Start\":0,\"Length\":1}]}]}")]
    [InlineData("{\"hash-1\":[{\"Id\":\"a\",\"Name\":\"أ\",\"Type\":1,\"Verified\":true,\"Mentions\":[[\"أ\",0]]}]}")]
    [InlineData("not json")]
    public void AFileItCannotReadIsAMiss(string text)
    {
        Directory.CreateDirectory(_root);
        File.WriteAllText(Path.Combine(_root, "entities-key.json"), text);

        var cache = EntityCache.Open(_root, "key", read: true);
        var extracted = 0;
        cache.GetOrExtract("hash-1", () => { extracted++; return Found; });

        Assert.Equal(1, extracted);
    }
}
