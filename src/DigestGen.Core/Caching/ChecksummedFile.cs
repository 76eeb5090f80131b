using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

namespace DigestGen.Caching;

/// <summary>
/// What the binary cache files share: strict UTF-8 strings, 7-bit encoded numbers, and the XXH64 of
/// every byte before it as the file's last 8 bytes (little-endian). A file whose sum does not check out
/// is a miss: whatever was decoded from it is thrown away.
/// </summary>
internal static class ChecksummedFile
{
    private const int SumLength = sizeof(ulong);

    public static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The file decoded by <paramref name="decode"/> as it is read, or null when it is missing, cannot be read,
    /// or its body is damaged, not read to its end or not what the sum says. The file is read in blocks and
    /// never held whole: at 10,000 articles the two cache files are 17 MB, which as arrays on the large-object
    /// heap set off two full collections early in every build after an edit.
    /// </summary>
    public static T? Read<T>(string path, Func<BinaryReader, T?> decode)
        where T : class
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
            return Read(file, decode);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>As above, from a stream positioned at the start of the file, to its end.</summary>
    public static T? Read<T>(Stream source, Func<BinaryReader, T?> decode)
        where T : class
    {
        var length = source.Length - source.Position;
        if (length < SumLength)
        {
            return null;
        }
        var body = new SummingStream(source, length - SumLength);
        T? decoded;
        try
        {
            using var r = new BinaryReader(body, StrictUtf8, leaveOpen: true);
            decoded = decode(r);
        }
        catch (Exception e) when (IsDamage(e))
        {
            return null;
        }
        if (decoded is null || body.Position != body.Length)
        {
            return null;
        }
        // The body stream never reads past the body, so the sum is what comes next.
        Span<byte> sum = stackalloc byte[SumLength];
        source.ReadExactly(sum);
        return BinaryPrimitives.ReadUInt64LittleEndian(sum) == body.Sum ? decoded : null;
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

    /// <summary>A file's header: what kind of file it is, its format, and the generator that wrote it.</summary>
    public static void WriteHeader(BinaryWriter w, string magic, int format)
    {
        w.Write(magic);
        w.Write(format);
        w.Write(CacheKeys.Generator);
    }

    /// <summary>Whether the header is <see cref="WriteHeader"/>'s for this kind and format, written by this generator: any other file is a miss.</summary>
    public static bool HasHeader(BinaryReader r, string magic, int format) =>
        r.ReadString() == magic && r.ReadInt32() == format && r.ReadString() == CacheKeys.Generator;

    /// <summary>The failures a damaged body raises while it is decoded (before its sum is checked).</summary>
    private static bool IsDamage(Exception e) =>
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

    /// <summary>
    /// Reads the body of a file, the first <paramref name="length"/> bytes of <paramref name="source"/>, in blocks,
    /// hashing each block as it comes: read to its end, its <see cref="Sum"/> is the body's. Its position and length
    /// are the body's, so a count can be checked against what is left.
    /// </summary>
    private sealed class SummingStream(Stream source, long length) : Stream
    {
        private readonly XxHash64 _hash = new();
        private readonly byte[] _block = new byte[1 << 16];
        private int _at;
        private int _filled;
        private long _pulled;

        public ulong Sum => _hash.GetCurrentHashAsUInt64();

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => _pulled - (_filled - _at); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_at == _filled && !Fill())
            {
                return 0;
            }
            var n = Math.Min(buffer.Length, _filled - _at);
            _block.AsSpan(_at, n).CopyTo(buffer);
            _at += n;
            return n;
        }

        public override int ReadByte() => _at < _filled || Fill() ? _block[_at++] : -1;

        private bool Fill()
        {
            var want = (int)Math.Min(_block.Length, length - _pulled);
            if (want == 0)
            {
                return false;
            }
            var n = source.Read(_block, 0, want);
            if (n == 0)
            {
                throw new EndOfStreamException("the file is shorter than it was");
            }
            _hash.Append(_block.AsSpan(0, n));
            _pulled += n;
            _at = 0;
            _filled = n;
            return true;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

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
