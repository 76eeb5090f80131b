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
}
