using System.Text.Json;
using System.Text.Json.Serialization;
using DigestGen.Entities;

namespace DigestGen.Output;

/// <summary>
/// The JSON shape of an entity in an article, shared by <c>api/articles.json</c> (written by hand) and
/// <c>extract --json</c> (serialised with <see cref="EntityConverter"/>): one definition, so the two never differ.
/// </summary>
public static class ApiShapes
{
    /// <summary>Writes a <see cref="FoundEntity"/> wherever the serializer meets one.</summary>
    public static JsonConverter<FoundEntity> EntityConverter { get; } = new Converter();

    public static void WriteEntities(Utf8JsonWriter json, IReadOnlyList<FoundEntity> entities)
    {
        json.WriteStartArray();
        foreach (var e in entities)
        {
            WriteEntity(json, e);
        }
        json.WriteEndArray();
    }

    private static void WriteEntity(Utf8JsonWriter json, FoundEntity e)
    {
        json.WriteStartObject();
        json.WriteString("id", e.Id);
        json.WriteString("name", e.Name);
        json.WriteString("type", e.Type.ToName());
        json.WriteBoolean("verified", e.Verified);
        json.WriteStartArray("mentions");
        foreach (var m in e.Mentions)
        {
            json.WriteStartObject();
            json.WriteString("text", m.Text);
            json.WriteNumber("start", m.Start);
            json.WriteNumber("length", m.Length);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private sealed class Converter : JsonConverter<FoundEntity>
    {
        public override FoundEntity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("the API shape of an entity is written, never read");

        public override void Write(Utf8JsonWriter writer, FoundEntity value, JsonSerializerOptions options) => WriteEntity(writer, value);
    }
}
