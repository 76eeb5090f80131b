using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using DigestGen.Site;

namespace DigestGen.Output;

/// <summary>Writes the machine-readable files: <c>api/articles.json</c>, <c>api/entities.json</c>, <c>.nojekyll</c>.</summary>
/// <param name="fragments">serve's JSON of each article and entity from the last write, reused where nothing it shows changed.</param>
/// <param name="splice">A build's record of where each article's and entity's JSON lay in the last build's files, copied from there where nothing it shows changed.</param>
public sealed class DataWriter(SiteModel model, OutputFolder output, DataFragments? fragments = null, DataSplice? splice = null)
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

    internal static readonly JsonWriterOptions WriterOptions = new() { Encoder = Json.Encoder, Indented = false };

    private void WriteJson(string relativePath, Action<Utf8JsonWriter> write)
    {
        using var stream = output.Create(relativePath);
        using var json = new Utf8JsonWriter(stream, WriterOptions);
        write(json);
    }

    private void WriteArticles(Utf8JsonWriter json, Rendering.TemplateFunctions urls)
    {
        fragments?.BeginArticles();
        json.WriteStartObject();
        json.WriteStartArray("articles");
        foreach (var a in model.Articles)
        {
            if (splice is not null)
            {
                DataSplice.Write(splice.Articles, json, DataSplice.ArticleKey(a), w => WriteArticle(w, a, urls));
            }
            else if (fragments is null)
            {
                WriteArticle(json, a, urls);
            }
            else
            {
                json.WriteRawValue(fragments.Article(a, w => WriteArticle(w, a, urls)), skipInputValidation: true);
            }
            FlushEvery(json);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private void WriteArticle(Utf8JsonWriter json, ArticleEntry a, Rendering.TemplateFunctions urls)
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
    }

    private void WriteEntities(Utf8JsonWriter json, Rendering.TemplateFunctions urls)
    {
        var references = new Dictionary<ArticleEntry, ArticleReference>(ReferenceEqualityComparer.Instance);
        var listed = new Dictionary<ArticleEntry, UInt128>(ReferenceEqualityComparer.Instance);
        fragments?.BeginEntities();
        json.WriteStartObject();
        json.WriteStartArray("entities");
        foreach (var e in model.Links.Entities.Values.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            var articles = model.Links.ArticlesByEntity[e.Id];
            var coMentions = model.Links.CoMentionsOf(e.Id, 20);
            if (splice is not null)
            {
                DataSplice.Write(splice.Entities, json, DataSplice.EntityKey(e, articles, coMentions, listed),
                    w => WriteEntity(w, e, articles, coMentions, references, urls));
            }
            else if (fragments is null)
            {
                WriteEntity(json, e, articles, coMentions, references, urls);
            }
            else
            {
                json.WriteRawValue(fragments.Entity(e, articles, coMentions, w => WriteEntity(w, e, articles, coMentions, references, urls)),
                    skipInputValidation: true);
            }
            FlushEvery(json);
        }
        json.WriteEndArray();
        json.WriteEndObject();
        fragments?.EndEntities();
    }

    private void WriteEntity(Utf8JsonWriter json, Linking.EntitySummary e, IReadOnlyList<ArticleEntry> articles,
        IReadOnlyList<Linking.CoMention> coMentions, Dictionary<ArticleEntry, ArticleReference> references, Rendering.TemplateFunctions urls)
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
        json.WriteNumber("article_count", articles.Count);
        json.WriteStartArray("articles");
        foreach (var a in articles)
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
        foreach (var c in coMentions)
        {
            json.WriteStartObject();
            json.WriteString("id", c.Entity.Id);
            json.WriteString("name", c.Entity.Name);
            json.WriteNumber("shared_articles", c.SharedArticles);
            json.WriteNumber("weight", RoundedWeight(c.Weight));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    internal static double RoundedWeight(double weight) => Math.Round(weight, 3);

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
