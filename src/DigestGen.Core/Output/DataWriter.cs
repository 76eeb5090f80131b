using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using DigestGen.Site;

namespace DigestGen.Output;

/// <summary>Writes the machine-readable files: <c>api/articles.json</c>, <c>api/entities.json</c>, <c>.nojekyll</c>.</summary>
public sealed class DataWriter(SiteModel model, OutputFolder output)
{
    public static readonly JsonSerializerOptions Json = new()
    {
        // Arabic stays readable; <, >, & and quotes are still escaped, so the JSON is safe to inline;
        // bidi controls are written as \u202E so a viewer of the raw file is not misled by them.
        Encoder = JavaScriptEncoder.Create(ReadableButNoBidiControls()),
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    // The api files are read by programs, and at 10,000 articles indentation was a third of their 260 MB.
    private static readonly JsonSerializerOptions Compact = new(Json) { WriteIndented = false };

    private static TextEncoderSettings ReadableButNoBidiControls()
    {
        var settings = new TextEncoderSettings(UnicodeRanges.All);
        settings.ForbidCharacters(Content.BidiControls.Characters.ToCharArray());
        return settings;
    }

    public void WriteAll()
    {
        output.WriteText(".nojekyll", "");
        output.WriteText(".gitkeep", "");
        // Streamed: at 10,000 articles api/articles.json is hundreds of MB, and a byte array of it
        // (plus the serializer's growing buffer) was the build's peak memory.
        WriteJson("api/articles.json", ArticlesDocument());
        WriteJson("api/entities.json", EntitiesDocument());
    }

    private void WriteJson(string relativePath, object document)
    {
        using var stream = output.Create(relativePath);
        JsonSerializer.Serialize(stream, document, Compact);
    }

    private object ArticlesDocument()
    {
        var urls = new Rendering.TemplateFunctions(model.Config);
        return new
        {
            Articles = model.Articles.Select(a => new
            {
                a.Slug,
                Url = urls.AbsoluteUrl(a.Path),
                a.Meta.Title,
                Date = a.Meta.Date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
                a.Meta.Tags,
                a.Summary,
                Source = a.Meta.Source,
                Lang = a.Article.Lang(model.Config),
                Entities = a.Entities.Select(ApiShapes.Entity),
            }),
        };
    }

    private object EntitiesDocument()
    {
        var urls = new Rendering.TemplateFunctions(model.Config);
        return new
        {
            Entities = model.Links.Entities.Values.OrderBy(e => e.Id, StringComparer.Ordinal).Select(e => new
            {
                e.Id,
                e.Name,
                Type = Entities.EntityTypes.ToName(e.Type),
                e.Verified,
                Url = urls.AbsoluteUrl($"entities/{e.Id}/"),
                Aliases = e.Gazetteer?.Aliases ?? [],
                Description = e.Gazetteer?.Description,
                ArticleCount = model.Links.ArticleCount(e.Id),
                Articles = model.Links.ArticlesByEntity[e.Id].Select(a => new { a.Slug, Url = urls.AbsoluteUrl(a.Path), a.Meta.Title }),
                CoMentioned = model.Links.CoMentionsOf(e.Id, 20).Select(c => new { c.Entity.Id, c.Entity.Name, c.SharedArticles, Weight = Math.Round(c.Weight, 3) }),
            }),
        };
    }
}
