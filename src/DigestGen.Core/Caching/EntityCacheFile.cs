using System.Text;
using DigestGen.Entities;
using static DigestGen.Caching.ChecksummedFile;

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

    /// <summary>The file's entities by content hash, or null when it is missing, unreadable, damaged or of another version (a miss).</summary>
    public static Dictionary<string, List<FoundEntity>>? Read(string path)
    {
        return ChecksummedFile.Read(path, Decode);
    }

    /// <summary>Writes the file as <see cref="CacheFile.Replace"/> does, straight into it: no copy of the file is held in memory.</summary>
    public static void Write(string path, IReadOnlyDictionary<string, IReadOnlyList<FoundEntity>> articles)
    {
        // A text that is not Unicode (half of a surrogate pair) would not read back as it was: no file, so no wrong one.
        if (Lay(articles) is { } layout)
        {
            CacheFile.Replace(path, stream => WriteTo(stream, layout));
        }
    }

    /// <summary>The file's bytes (for tests and benchmarks); throws <see cref="EncoderFallbackException"/> for a text that is not Unicode.</summary>
    internal static byte[] Encode(IReadOnlyDictionary<string, IReadOnlyList<FoundEntity>> articles)
    {
        var layout = Lay(articles) ?? throw new EncoderFallbackException("a text of the entity cache is not Unicode");
        using var file = new MemoryStream();
        WriteTo(file, layout);
        return file.ToArray();
    }

    /// <summary>The articles in the file's order and the string table, every string numbered as the entities are written.</summary>
    private sealed record Layout(List<KeyValuePair<string, IReadOnlyList<FoundEntity>>> Articles, StringTable Table);

    // The table goes before the entities in the file, so the strings are numbered in a pass of their own
    // before anything is written. It was written by writing the entities into one growing buffer, then
    // the table and that buffer into a second, then copying that into an array: 36 MiB of the large-object
    // heap at 10,000 articles, for a 6 MB file, and a full collection in every build that wrote it.
    private static Layout? Lay(IReadOnlyDictionary<string, IReadOnlyList<FoundEntity>> articles)
    {
        var table = new StringTable();
        var ordered = articles.OrderBy(a => a.Key, StringComparer.Ordinal).ToList();
        foreach (var (hash, entities) in ordered)
        {
            if (!IsUnicode(hash))
            {
                return null;
            }
            for (var i = 0; i < entities.Count; i++)
            {
                var e = entities[i];
                if (!table.Add(e.Id) || !table.Add(e.Name))
                {
                    return null;
                }
                for (var k = 0; k < e.Mentions.Count; k++)
                {
                    if (!table.Add(e.Mentions[k].Text))
                    {
                        return null;
                    }
                }
            }
        }
        return new Layout(ordered, table);
    }

    private static void WriteTo(Stream target, Layout layout) => ChecksummedFile.Write(target, w =>
        {
            WriteHeader(w, Magic, Format);
            layout.Table.WriteTo(w);
            var table = layout.Table;
            w.Write7BitEncodedInt(layout.Articles.Count);
            foreach (var (hash, entities) in layout.Articles)
            {
                w.Write(hash);
                w.Write7BitEncodedInt(entities.Count);
                // By index: a foreach over the interface boxed an enumerator per list.
                for (var i = 0; i < entities.Count; i++)
                {
                    var e = entities[i];
                    w.Write7BitEncodedInt(table[e.Id]);
                    w.Write7BitEncodedInt(table[e.Name]);
                    w.Write7BitEncodedInt((int)e.Type);
                    w.Write(e.Verified);
                    w.Write7BitEncodedInt(e.Mentions.Count);
                    for (var k = 0; k < e.Mentions.Count; k++)
                    {
                        var m = e.Mentions[k];
                        w.Write7BitEncodedInt(table[m.Text]);
                        w.Write7BitEncodedInt(m.Start);
                        w.Write7BitEncodedInt(m.Length);
                    }
                }
            }
        });

    /// <summary>The file's bytes read back (for tests and benchmarks), or null for a miss.</summary>
    internal static Dictionary<string, List<FoundEntity>>? Decode(byte[] bytes) => ChecksummedFile.Read(new MemoryStream(bytes, writable: false), Decode);

    private static Dictionary<string, List<FoundEntity>>? Decode(BinaryReader r)
    {
        if (!HasHeader(r, Magic, Format))
        {
            return null;
        }
        var table = StringTable.Read(r);
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
        return articles;
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
}
