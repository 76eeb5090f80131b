using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using DigestGen.Entities;

namespace DigestGen.Caching;

/// <summary>
/// The entity cache's file: each content hash to the entities found in that text. Binary, with
/// every id, name and mention text stored once in a table and referred to by number: at 10,000
/// articles the file holds 730,000 mentions of a few thousand distinct texts. As JSON it was 48 MB,
/// read in 0.6 s and written in 0.2–0.6 s on one core, beside the stages that needed both.
/// </summary>
/// <remarks>
/// Layout (numbers as 7-bit encoded integers unless said): magic, format (int32), generator; the
/// string table (count, then each string); the articles (count, then each content hash, its
/// entity count and each entity: id, name, type, verified (byte), mention count and each mention:
/// text, start, length), articles in ordinal order of their hash; then the XXH64 of all the bytes
/// before it (8 bytes, little-endian). A file that does not check out in every part is a miss, never
/// an error: a damaged offset must not mark the wrong words on a page.
/// </remarks>
internal static class EntityCacheFile
{
    private const string Magic = "DGENTITIES";
    private const int Format = 1;
    private const int HashLength = sizeof(ulong);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's entities by content hash, or null when it is missing, unreadable, damaged or of another version (a miss).</summary>
    public static Dictionary<string, List<FoundEntity>>? Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        return Decode(bytes);
    }

    /// <summary>Writes the file as <see cref="CacheFile.Replace"/> does.</summary>
    public static void Write(string path, IReadOnlyDictionary<string, IReadOnlyList<FoundEntity>> articles)
    {
        byte[] bytes;
        try
        {
            bytes = Encode(articles);
        }
        catch (EncoderFallbackException)
        {
            // A text that is not Unicode (half of a surrogate pair) would not read back as it was: no file, so no wrong one.
            return;
        }
        CacheFile.Replace(path, stream => stream.Write(bytes));
    }

    internal static byte[] Encode(IReadOnlyDictionary<string, IReadOnlyList<FoundEntity>> articles)
    {
        var table = new List<string>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        int Number(string text)
        {
            if (!numbers.TryGetValue(text, out var number))
            {
                numbers[text] = number = table.Count;
                table.Add(text);
            }
            return number;
        }

        // The entities first, into a buffer of their own, numbering the strings as they come; the table goes before them in the file.
        var ordered = articles.OrderBy(a => a.Key, StringComparer.Ordinal).ToList();
        using var body = new MemoryStream();
        using (var w = new BinaryWriter(body, StrictUtf8, leaveOpen: true))
        {
            w.Write7BitEncodedInt(ordered.Count);
            foreach (var (hash, entities) in ordered)
            {
                w.Write(hash);
                w.Write7BitEncodedInt(entities.Count);
                foreach (var e in entities)
                {
                    w.Write7BitEncodedInt(Number(e.Id));
                    w.Write7BitEncodedInt(Number(e.Name));
                    w.Write7BitEncodedInt((int)e.Type);
                    w.Write(e.Verified);
                    w.Write7BitEncodedInt(e.Mentions.Count);
                    foreach (var m in e.Mentions)
                    {
                        w.Write7BitEncodedInt(Number(m.Text));
                        w.Write7BitEncodedInt(m.Start);
                        w.Write7BitEncodedInt(m.Length);
                    }
                }
            }
        }

        using var file = new MemoryStream((int)body.Length + 64 * 1024);
        using (var w = new BinaryWriter(file, StrictUtf8, leaveOpen: true))
        {
            w.Write(Magic);
            w.Write(Format);
            w.Write(CacheKeys.Generator);
            w.Write7BitEncodedInt(table.Count);
            foreach (var text in table)
            {
                w.Write(text);
            }
            body.Position = 0;
            body.CopyTo(file);
        }
        var checksum = new byte[HashLength];
        BinaryPrimitives.WriteUInt64LittleEndian(checksum, XxHash64.HashToUInt64(file.GetBuffer().AsSpan(0, (int)file.Length)));
        file.Write(checksum);
        return file.ToArray();
    }

    internal static Dictionary<string, List<FoundEntity>>? Decode(byte[] bytes)
    {
        if (bytes.Length < HashLength
            || BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(bytes.Length - HashLength)) != XxHash64.HashToUInt64(bytes.AsSpan(0, bytes.Length - HashLength)))
        {
            return null;
        }
        try
        {
            using var stream = new MemoryStream(bytes, 0, bytes.Length - HashLength, writable: false);
            using var r = new BinaryReader(stream, StrictUtf8);
            if (r.ReadString() != Magic || r.ReadInt32() != Format || r.ReadString() != CacheKeys.Generator)
            {
                return null;
            }
            var table = new string[Count(r)];
            for (var i = 0; i < table.Length; i++)
            {
                table[i] = r.ReadString();
            }
            var count = Count(r);
            var articles = new Dictionary<string, List<FoundEntity>>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var hash = r.ReadString();
                var entityCount = Count(r);
                var entities = new List<FoundEntity>(entityCount);
                for (var n = 0; n < entityCount; n++)
                {
                    entities.Add(ReadEntity(r, table));
                }
                if (!articles.TryAdd(hash, entities))
                {
                    return null;
                }
            }
            return stream.Position == stream.Length ? articles : null;
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or IndexOutOfRangeException or ArgumentException or OverflowException or DecoderFallbackException)
        {
            return null;
        }
    }

    private static FoundEntity ReadEntity(BinaryReader r, string[] table)
    {
        var id = table[r.Read7BitEncodedInt()];
        var name = table[r.Read7BitEncodedInt()];
        var type = (EntityType)r.Read7BitEncodedInt();
        if (!Enum.IsDefined(type))
        {
            throw new FormatException("an entity type this version does not know");
        }
        var verified = r.ReadByte() switch
        {
            0 => false,
            1 => true,
            _ => throw new FormatException("verified is neither true nor false"),
        };
        var mentions = new Mention[Count(r)];
        for (var i = 0; i < mentions.Length; i++)
        {
            mentions[i] = new Mention(table[r.Read7BitEncodedInt()], NonNegative(r), NonNegative(r));
        }
        return new FoundEntity(id, name, type, verified, mentions);
    }

    /// <summary>A number of things that follow: each takes at least a byte, so a damaged count cannot ask for more memory than the file's size.</summary>
    private static int Count(BinaryReader r) =>
        r.Read7BitEncodedInt() is var count and >= 0 && count <= r.BaseStream.Length - r.BaseStream.Position
            ? count
            : throw new FormatException("a count the file cannot hold");

    private static int NonNegative(BinaryReader r) =>
        r.Read7BitEncodedInt() is var value and >= 0 ? value : throw new FormatException("an offset below zero");
}
