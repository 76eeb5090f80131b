using System.Text.Json;
using System.Text.Json.Serialization;
using DigestGen.Entities;

namespace DigestGen.Caching;

/// <summary>A mention in the cache as <c>[text, start, length]</c>: an article has hundreds, and their
/// property names were a third of the entity cache.</summary>
internal sealed class MentionConverter : JsonConverter<Mention>
{
    public override Mention Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Expect(reader.TokenType == JsonTokenType.StartArray);
        Expect(reader.Read() && reader.TokenType == JsonTokenType.String);
        var text = reader.GetString()!;
        Expect(reader.Read() && reader.TokenType == JsonTokenType.Number);
        var start = reader.GetInt32();
        Expect(reader.Read() && reader.TokenType == JsonTokenType.Number);
        var length = reader.GetInt32();
        Expect(reader.Read() && reader.TokenType == JsonTokenType.EndArray);
        return new Mention(text, start, length);
    }

    public override void Write(Utf8JsonWriter writer, Mention value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteStringValue(value.Text);
        writer.WriteNumberValue(value.Start);
        writer.WriteNumberValue(value.Length);
        writer.WriteEndArray();
    }

    // An older or damaged cache file is a miss (CacheFile catches JsonException), never an error.
    private static void Expect(bool ok)
    {
        if (!ok)
        {
            throw new JsonException("a cached mention is [text, start, length]");
        }
    }
}
