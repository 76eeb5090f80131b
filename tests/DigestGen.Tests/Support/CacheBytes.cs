namespace DigestGen.Tests.Support;

/// <summary>Damage done to a binary cache file's bytes (see <c>ChecksummedFile</c>), for the tests that it is read as a miss.</summary>
internal static class CacheBytes
{
    public static TheoryData<string> Damages() => ["empty", "truncated", "a byte flipped", "checksum only", "another magic"];

    public static byte[] Damaged(byte[] bytes, string damage) => damage switch
    {
        "empty" => [],
        "truncated" => bytes[..(bytes.Length / 2)],
        "a byte flipped" => Flipped(bytes, bytes.Length / 2),
        "checksum only" => bytes[^8..],
        "another magic" => Resealed([.. bytes[..^8]], b => b[1] = (byte)'X'),
        _ => throw new ArgumentException(damage),
    };

    public static byte[] Flipped(byte[] bytes, int at)
    {
        var copy = (byte[])bytes.Clone();
        copy[at] ^= 0x20;
        return copy;
    }

    /// <summary>The body changed by <paramref name="change"/>, with a checksum that matches it again.</summary>
    public static byte[] Resealed(byte[] body, Action<byte[]> change)
    {
        change(body);
        var checksum = new byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(checksum, System.IO.Hashing.XxHash64.HashToUInt64(body));
        return [.. body, .. checksum];
    }

    public static int Occurrences(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> text)
    {
        var count = 0;
        for (var at = bytes.IndexOf(text); at >= 0; at = bytes[(at + 1)..].IndexOf(text) is var next and >= 0 ? at + 1 + next : -1)
        {
            count++;
        }
        return count;
    }
}
