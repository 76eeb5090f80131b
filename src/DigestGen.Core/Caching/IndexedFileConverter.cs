using System.Text.Json;
using System.Text.Json.Serialization;

namespace DigestGen.Caching;

/// <summary>A file of the <see cref="ContentIndex"/> as <c>[length, ticks, change, inode, digest]</c>: an archive has
/// ten thousand, and as objects with named members they took longer to read than hashing what they stand for.</summary>
internal sealed class IndexedFileConverter : JsonConverter<IndexedFile>
{
    public override IndexedFile Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Expect(reader.TokenType == JsonTokenType.StartArray);
        var stat = new FileStat(Number(ref reader), Number(ref reader), Number(ref reader), Number(ref reader));
        Expect(reader.Read() && reader.TokenType == JsonTokenType.String);
        var digest = reader.GetBytesFromBase64();
        Expect(reader.Read() && reader.TokenType == JsonTokenType.EndArray);
        return new IndexedFile(stat, digest);
    }

    public override void Write(Utf8JsonWriter writer, IndexedFile value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.Stat.Length);
        writer.WriteNumberValue(value.Stat.Ticks);
        writer.WriteNumberValue(value.Stat.Change);
        writer.WriteNumberValue(value.Stat.Inode);
        writer.WriteBase64StringValue(value.Digest);
        writer.WriteEndArray();
    }

    private static long Number(ref Utf8JsonReader reader)
    {
        Expect(reader.Read() && reader.TokenType == JsonTokenType.Number);
        return reader.GetInt64();
    }

    // An older or damaged cache file is a miss (CacheFile catches JsonException), never an error.
    private static void Expect(bool ok)
    {
        if (!ok)
        {
            throw new JsonException("a file of the content index is [length, ticks, change, inode, digest]");
        }
    }
}
