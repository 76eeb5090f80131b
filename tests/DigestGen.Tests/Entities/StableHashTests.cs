using DigestGen.Entities;

namespace DigestGen.Tests.Entities;

/// <summary>The saved model's feature buckets are StableHash values: any change to them silently
/// scrambles every weight, so the fast paths are checked against plain byte-wise FNV-1a.</summary>
public sealed class StableHashTests
{
    private const uint Prime = 16777619;

    private static uint ByteWise(uint hash, uint value)
    {
        for (var shift = 0; shift < 32; shift += 8)
        {
            hash = (hash ^ ((value >> shift) & 0xFF)) * Prime;
        }

        return hash;
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(1u)]
    [InlineData(0xFFu)]
    [InlineData(0x100u)]
    [InlineData(0x1FFu)]
    [InlineData(0xFFFFu)]
    [InlineData(0x10000u)]
    [InlineData(0xFF000000u)]
    [InlineData(uint.MaxValue)]
    public void AddIsFnvOverTheFourBytesOfTheValue(uint value)
    {
        foreach (var hash in (uint[])[StableHash.Seed, 0u, 0x9E3779B9u, uint.MaxValue])
        {
            Assert.Equal(ByteWise(hash, value), StableHash.Add(hash, value));
        }
    }

    [Fact]
    public void AddAgreesWithByteWiseFnvOnManyValues()
    {
        var random = new Random(17);
        for (var i = 0; i < 100_000; i++)
        {
            var hash = (uint)random.NextInt64(0, 1L << 32);
            // Half small (the fast path), half anywhere.
            var value = i % 2 == 0 ? (uint)random.Next(0, 0x100) : (uint)random.NextInt64(0, 1L << 32);
            Assert.Equal(ByteWise(hash, value), StableHash.Add(hash, value));
        }
    }

    [Fact]
    public void KnownValuesStayFixed()
    {
        // FNV-1a 32-bit, worked out independently (Python) over the same bytes.
        Assert.Equal(2166136261u, StableHash.Of(""));
        Assert.Equal(4225347267u, StableHash.Of("ب"));                                    // bytes 28 06
        Assert.Equal(1453600679u, StableHash.Add(StableHash.Add(StableHash.Seed, 2), 0));  // bytes 02 00 00 00 00 00 00 00
    }
}
