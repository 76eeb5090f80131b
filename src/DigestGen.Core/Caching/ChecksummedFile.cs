using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

namespace DigestGen.Caching;

/// <summary>
/// What the binary cache files share: strict UTF-8 strings, 7-bit encoded numbers, and the XXH64 of
/// every byte before it as the file's last 8 bytes (little-endian). A file whose sum does not check out
/// is not read at all; its caller treats it as a miss.
/// </summary>
internal static class ChecksummedFile
{
    private const int SumLength = sizeof(ulong);

    public static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's bytes, or null when it is missing or cannot be read.</summary>
    public static byte[]? ReadAllBytes(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Writes <paramref name="body"/>, then the sum of what it wrote.</summary>
    public static void Write(Stream target, Action<BinaryWriter> body)
    {
        var checksum = new XxHash64();
        // The writer's small writes are gathered before they are hashed and passed on: XXH64 is fast on blocks, slow a byte at a time.
        using (var w = new BinaryWriter(new BufferedStream(new HashingStream(target, checksum), 1 << 16), StrictUtf8))
        {
            body(w);
        }
        Span<byte> sum = stackalloc byte[SumLength];
        BinaryPrimitives.WriteUInt64LittleEndian(sum, checksum.GetCurrentHashAsUInt64());
        target.Write(sum);
    }

    /// <summary>A stream over the bytes before the sum, or null when the sum does not match them.</summary>
    public static MemoryStream? Checked(byte[] bytes) =>
        bytes.Length >= SumLength
        && BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(bytes.Length - SumLength)) == XxHash64.HashToUInt64(bytes.AsSpan(0, bytes.Length - SumLength))
            ? new MemoryStream(bytes, 0, bytes.Length - SumLength, writable: false)
            : null;

    /// <summary>The failures a damaged body raises while it is read (its sum matched, so only a bug or a forged file gets here).</summary>
    public static bool IsDamage(Exception e) =>
        e is EndOfStreamException or FormatException or IndexOutOfRangeException or ArgumentException or OverflowException or DecoderFallbackException;

    public static bool IsUnicode(string text)
    {
        try
        {
            StrictUtf8.GetByteCount(text);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>A number of things that follow: each takes at least a byte, so a damaged count cannot ask for more memory than the file's size.</summary>
    public static int Count(BinaryReader r) =>
        r.Read7BitEncodedInt() is var count and >= 0 && count <= r.BaseStream.Length - r.BaseStream.Position
            ? count
            : throw new FormatException("a count the file cannot hold");

    public static int NonNegative(BinaryReader r) =>
        r.Read7BitEncodedInt() is var value and >= 0 ? value : throw new FormatException("a number below zero");

    /// <summary>Passes writes on to a stream it leaves open, hashing them on the way.</summary>
    private sealed class HashingStream(Stream target, XxHash64 hash) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            hash.Append(buffer);
            target.Write(buffer);
        }

        public override void Flush() => target.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
