namespace DigestGen.Entities;

/// <summary>FNV-1a over UTF-16 code units: fixed across processes and platforms (unlike
/// string.GetHashCode), which ids and the saved model's feature buckets depend on.</summary>
public static class StableHash
{
    public const uint Seed = 2166136261;
    private const uint Prime = 16777619;

    public static uint Of(ReadOnlySpan<char> text, uint hash = Seed)
    {
        foreach (var c in text)
        {
            hash = (hash ^ (c & 0xFFu)) * Prime;
            hash = (hash ^ (uint)(c >> 8)) * Prime;
        }

        return hash;
    }

    public static uint Add(uint hash, uint value)
    {
        hash = (hash ^ (value & 0xFF)) * Prime;
        hash = (hash ^ ((value >> 8) & 0xFF)) * Prime;
        hash = (hash ^ ((value >> 16) & 0xFF)) * Prime;
        return (hash ^ (value >> 24)) * Prime;
    }

    /// <summary>A final avalanche so that nearby FNV values spread over all buckets.</summary>
    public static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x7FEB352D;
        h ^= h >> 15;
        h *= 0x846CA68B;
        return h ^ (h >> 16);
    }
}
