using System.Globalization;
using DigestGen.Site;

namespace DigestGen.Publishing;

/// <summary>RFC 3339 timestamps (Atom, JSON Feed and sitemaps all accept them) and the "last changed" of articles.</summary>
public static class FeedDates
{
    public static string Format(DateTimeOffset d) => d.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static DateTimeOffset Modified(ArticleEntry a) => a.Meta.Updated is { } u && u > a.Meta.Date ? u : a.Meta.Date;

    /// <summary>
    /// The newest change among the articles: a feed's <c>updated</c>. Never the build time, so
    /// two builds of the same content give the same bytes.
    /// </summary>
    public static DateTimeOffset Newest(IEnumerable<ArticleEntry> articles) =>
        articles.Select(Modified).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max();
}
