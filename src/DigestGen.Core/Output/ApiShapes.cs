using DigestGen.Entities;

namespace DigestGen.Output;

/// <summary>The JSON shape of an entity in an article, shared by <c>api/articles.json</c> and <c>extract --json</c>.</summary>
public static class ApiShapes
{
    public static object Entity(FoundEntity e) => new
    {
        e.Id,
        e.Name,
        Type = e.Type.ToName(),
        e.Verified,
        Mentions = e.Mentions.Select(m => new { m.Text, m.Start, m.Length }),
    };

    /// <summary>Writes <paramref name="entities"/> as an array of <see cref="Entity"/> shapes, as the serializer would.</summary>
    public static void WriteEntities(System.Text.Json.Utf8JsonWriter json, IReadOnlyList<FoundEntity> entities)
    {
        json.WriteStartArray();
        foreach (var e in entities)
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
        json.WriteEndArray();
    }
}
