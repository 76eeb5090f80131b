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


    private static TextEncoderSettings ReadableButNoBidiControls()
    {
        var settings = new TextEncoderSettings(UnicodeRanges.All);
        settings.ForbidCharacters(Content.BidiControls.Characters.ToCharArray());
        return settings;
    }

    public void WriteAll()
    {
        foreach (var (_, write) in Writes())
        {
            write();
        }
    }

    /// <summary>
    /// The files as separate jobs, to run side by side: each writes its own file from the model alone.
    /// Streamed: at 10,000 articles api/articles.json is hundreds of MB, and a byte array of it
    /// (plus the serializer's growing buffer) was the build's peak memory. Written by hand with the
    /// serializer's encoder and names, so the files read as the serializer would write them: each
    /// article's slug, URL and title are escaped once, not again under every entity that lists it.
    /// </summary>
    public IReadOnlyList<(string File, Action Write)> Writes()
    {
        var urls = new Rendering.TemplateFunctions(model.Config);
        return
        [
            ("api/articles.json", () =>
            {
                output.WriteText(".nojekyll", "");
                output.WriteText(".gitkeep", "");
                WriteJson("api/articles.json", json => WriteArticles(json, urls));
            }),
            ("api/entities.json", () => WriteJson("api/entities.json", json => WriteEntities(json, urls))),
        ];
    }

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = Json.Encoder, Indented = false };

    private void WriteJson(string relativePath, Action<Utf8JsonWriter> write)
    {
        using var stream = output.Create(relativePath);
        using var json = new Utf8JsonWriter(stream, WriterOptions);
        write(json);
    }

    private void WriteArticles(Utf8JsonWriter json, Rendering.TemplateFunctions urls)
    {
        json.WriteStartObject();
        json.WriteStartArray("articles");
        foreach (var a in model.Articles)
        {
            json.WriteStartObject();
            json.WriteString("slug", a.Slug);
            json.WriteString("url", urls.AbsoluteUrl(a.Path));
            json.WriteString("title", a.Meta.Title);
            json.WriteString("date", a.Meta.Date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteStartArray("tags");
            foreach (var tag in a.Meta.Tags)
            {
                json.WriteStringValue(tag);
            }
            json.WriteEndArray();
            json.WriteString("summary", a.Summary);
            if (a.Meta.Source is { } source)
            {
                json.WriteStartObject("source");
                json.WriteString("name", source.Name);
                json.WriteString("url", source.Url);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("source");
            }
            json.WriteString("lang", a.Article.Lang(model.Config));
            json.WritePropertyName("entities");
            ApiShapes.WriteEntities(json, a.Entities);
            json.WriteEndObject();
            FlushEvery(json);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private void WriteEntities(Utf8JsonWriter json, Rendering.TemplateFunctions urls)
    {
        var references = new Dictionary<ArticleEntry, ArticleReference>(ReferenceEqualityComparer.Instance);
        json.WriteStartObject();
        json.WriteStartArray("entities");
        foreach (var e in model.Links.Entities.Values.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("id", e.Id);
            json.WriteString("name", e.Name);
            json.WriteString("type", Entities.EntityTypes.ToName(e.Type));
            json.WriteBoolean("verified", e.Verified);
            json.WriteString("url", urls.AbsoluteUrl($"entities/{e.Id}/"));
            json.WriteStartArray("aliases");
            foreach (var alias in e.Gazetteer?.Aliases ?? [])
            {
                json.WriteStringValue(alias);
            }
            json.WriteEndArray();
            json.WriteString("description", e.Gazetteer?.Description);
            json.WriteNumber("article_count", model.Links.ArticleCount(e.Id));
            json.WriteStartArray("articles");
            foreach (var a in model.Links.ArticlesByEntity[e.Id])
            {
                if (!references.TryGetValue(a, out var reference))
                {
                    references[a] = reference = new ArticleReference(
                        JsonEncodedText.Encode(a.Slug, Json.Encoder),
                        JsonEncodedText.Encode(urls.AbsoluteUrl(a.Path), Json.Encoder),
                        JsonEncodedText.Encode(a.Meta.Title, Json.Encoder));
                }
                json.WriteStartObject();
                json.WriteString(SlugName, reference.Slug);
                json.WriteString(UrlName, reference.Url);
                json.WriteString(TitleName, reference.Title);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("co_mentioned");
            foreach (var c in model.Links.CoMentionsOf(e.Id, 20))
            {
                json.WriteStartObject();
                json.WriteString("id", c.Entity.Id);
                json.WriteString("name", c.Entity.Name);
                json.WriteNumber("shared_articles", c.SharedArticles);
                json.WriteNumber("weight", Math.Round(c.Weight, 3));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            FlushEvery(json);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static readonly JsonEncodedText SlugName = JsonEncodedText.Encode("slug");
    private static readonly JsonEncodedText UrlName = JsonEncodedText.Encode("url");
    private static readonly JsonEncodedText TitleName = JsonEncodedText.Encode("title");

    /// <summary>An article as entities list it, escaped once.</summary>
    private sealed record ArticleReference(JsonEncodedText Slug, JsonEncodedText Url, JsonEncodedText Title);

    // The writer buffers until flushed: a flush every 64 KiB keeps the buffer small without a write per value.
    private static void FlushEvery(Utf8JsonWriter json)
    {
        if (json.BytesPending > 1 << 16)
        {
            json.Flush();
        }
    }
}
