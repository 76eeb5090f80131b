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

    // Prime⁴ mod 2³²: four FNV steps over the bytes b, 0, 0, 0 are one xor and one multiply.
    private const uint Prime4 = unchecked(Prime * Prime * Prime * Prime);

    /// <summary>FNV-1a over the four bytes of <paramref name="value"/>, low byte first.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static uint Add(uint hash, uint value)
    {
        // Most feature values are small (a tag, a token kind, a flag, zero for an unused slot):
        // xor with a zero byte changes nothing, so their three high steps fold into one multiply.
        // Same result, a quarter of the multiplications; the recogniser hashes ~120 features a token.
        if (value <= 0xFF)
        {
            return (hash ^ value) * Prime4;
        }

        hash = (hash ^ (value & 0xFF)) * Prime;
        hash = (hash ^ ((value >> 8) & 0xFF)) * Prime;
        hash = (hash ^ ((value >> 16) & 0xFF)) * Prime;
        return (hash ^ (value >> 24)) * Prime;
    }

    /// <summary>A final avalanche so that nearby FNV values spread over all buckets.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x7FEB352D;
        h ^= h >> 15;
        h *= 0x846CA68B;
        return h ^ (h >> 16);
    }
}
