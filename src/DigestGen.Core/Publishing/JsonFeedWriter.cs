using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using DigestGen.Content;
using DigestGen.Rendering;
using DigestGen.Site;

namespace DigestGen.Publishing;

/// <summary>Writes a JSON Feed 1.1 (https://jsonfeed.org/version/1.1) of the same articles as the Atom feed.</summary>
public sealed class JsonFeedWriter(DigestConfig config, TemplateFunctions urls)
{
    // The shapes are described at compile time (JsonFeedContext): serialising them by reflection built and
    // compiled an accessor per member on every build, most of what the example digest spent on its feeds.
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = JsonFeedContext.Default,
    };

    public byte[] Write(FeedSpec feed, string jsonPath)
    {
        var document = new JsonFeed(
            "https://jsonfeed.org/version/1.1",
            feed.Title,
            urls.AbsoluteUrl(feed.PagePath),
            urls.AbsoluteUrl(jsonPath),
            config.Description.Length > 0 ? config.Description : null,
            config.Language,
            [new JsonFeedAuthor(config.Author ?? config.Title)],
            feed.Articles.Select(Item));
        return JsonSerializer.SerializeToUtf8Bytes(document, (JsonTypeInfo<JsonFeed>)Json.GetTypeInfo(typeof(JsonFeed)));
    }

    private JsonFeedItem Item(ArticleEntry a) => new(
        urls.AbsoluteUrl(a.Path),
        urls.AbsoluteUrl(a.Path),
        a.Meta.Title,
        config.FeedFullContent ? a.Body.Html : null,
        config.FeedFullContent ? null : a.Summary,
        a.Summary,
        FeedDates.Format(a.Meta.Date),
        FeedDates.Format(FeedDates.Modified(a)),
        a.Meta.Tags.Count > 0 ? a.Meta.Tags : null,
        a.Meta.Author is { } author ? [new JsonFeedAuthor(author)] : null,
        a.Article.Lang(config));
}

// Members in the order the feed lists them; names become snake_case (home_page_url, content_html…).
internal sealed record JsonFeed(string Version, string Title, string HomePageUrl, string FeedUrl, string? Description,
    string Language, IReadOnlyList<JsonFeedAuthor> Authors, IEnumerable<JsonFeedItem> Items);

internal sealed record JsonFeedItem(string Id, string Url, string Title, string? ContentHtml, string? ContentText, string Summary,
    string DatePublished, string DateModified, IReadOnlyList<string>? Tags, IReadOnlyList<JsonFeedAuthor>? Authors, string Language);

internal sealed record JsonFeedAuthor(string Name);

[JsonSerializable(typeof(JsonFeed))]
internal sealed partial class JsonFeedContext : JsonSerializerContext;
