using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using DigestGen.Content;
using DigestGen.Rendering;
using DigestGen.Site;

namespace DigestGen.Publishing;

/// <summary>Writes a JSON Feed 1.1 (https://jsonfeed.org/version/1.1) of the same articles as the Atom feed.</summary>
public sealed class JsonFeedWriter(DigestConfig config, TemplateFunctions urls)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public byte[] Write(FeedSpec feed, string jsonPath)
    {
        var document = new
        {
            Version = "https://jsonfeed.org/version/1.1",
            feed.Title,
            HomePageUrl = urls.AbsoluteUrl(feed.PagePath),
            FeedUrl = urls.AbsoluteUrl(jsonPath),
            Description = config.Description.Length > 0 ? config.Description : null,
            Language = config.Language,
            Authors = new[] { new { Name = config.Author ?? config.Title } },
            Items = feed.Articles.Select(Item),
        };
        return JsonSerializer.SerializeToUtf8Bytes(document, Json);
    }

    private object Item(ArticleEntry a) => new
    {
        Id = urls.AbsoluteUrl(a.Path),
        Url = urls.AbsoluteUrl(a.Path),
        a.Meta.Title,
        ContentHtml = config.FeedFullContent ? a.Body.Html : null,
        ContentText = config.FeedFullContent ? null : a.Summary,
        a.Summary,
        DatePublished = FeedDates.Format(a.Meta.Date),
        DateModified = FeedDates.Format(FeedDates.Modified(a)),
        Tags = a.Meta.Tags.Count > 0 ? a.Meta.Tags : null,
        Authors = a.Meta.Author is { } author ? new[] { new { Name = author } } : null,
        Language = a.Article.Lang(config),
    };
}
