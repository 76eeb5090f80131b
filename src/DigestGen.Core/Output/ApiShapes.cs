using System.Text.Json;
using DigestGen.Entities;

namespace DigestGen.Output;

/// <summary>
/// The JSON shape of an entity in an article, shared by <c>api/articles.json</c> (written by hand) and
/// <c>extract --json</c> (both written by hand): one definition, so the two never differ.
/// </summary>
public static class ApiShapes
{
    public static void WriteEntities(Utf8JsonWriter json, IReadOnlyList<FoundEntity> entities)
    {
        json.WriteStartArray();
        // By index here and below: a foreach over the interface boxes an enumerator per list (20 MiB of a build at 10,000 articles).
        for (var i = 0; i < entities.Count; i++)
        {
            WriteEntity(json, entities[i]);
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
        for (var i = 0; i < e.Mentions.Count; i++)
        {
            var m = e.Mentions[i];
            json.WriteStartObject();
            json.WriteString("text", m.Text);
            json.WriteNumber("start", m.Start);
            json.WriteNumber("length", m.Length);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
