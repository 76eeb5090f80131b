using DigestGen.Content;
using DigestGen.Diagnostics;
using DigestGen.Entities;
using DigestGen.Linking;
using DigestGen.Publishing;
using DigestGen.Site;
using DigestGen.Tests.Linking;

namespace DigestGen.Tests.Publishing;

public sealed class PageDatesTests
{
    private static readonly DateTimeOffset Day0 = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private static PageDates Dates(params ArticleEntry[] articles)
    {
        var newest = Articles.Newest(articles);
        var links = LinkIndex.Build(newest, Gazetteer.Empty, TimeZoneInfo.Utc, new DiagnosticBag());
        return new PageDates(new SiteModel(new DigestConfig(), newest, Gazetteer.Empty, links));
    }

    private static ArticleEntry Updated(ArticleEntry article, DateTimeOffset updated) =>
        article with { Article = article.Article with { Meta = article.Meta with { Updated = updated } } };

    [Fact]
    public void AnEntityOrTagPageChangesWithItsNewestArticle()
    {
        var dates = Dates(
            Articles.Make("old", 1, ["aramco"], ["الطاقة"]),
            Articles.Make("new", 5, ["aramco"], ["الطاقة"]),
            Articles.Make("other", 9, ["opec"], ["النفط"]));

        Assert.Equal(Day0.AddDays(5), dates.LastModified("entities/aramco/"));
        Assert.Equal(Day0.AddDays(5), dates.LastModified("tags/الطاقة/"));
        Assert.Equal(Day0.AddDays(1), dates.LastModified("articles/old/"));
        Assert.Equal(Day0.AddDays(9), dates.LastModified("entities/opec/"));
        Assert.Equal(Day0.AddDays(9), dates.LastModified("archive/")); // any other list: the newest article
    }

    [Fact]
    public void AnOlderArticleUpdatedSinceMovesTheListsItIsOnAndNoOthers()
    {
        // "old" is second on aramco's and الطاقة's lists; its correction is newer than "new" itself.
        var correction = Day0.AddDays(7).ToOffset(TimeSpan.FromHours(3));
        var dates = Dates(
            Updated(Articles.Make("old", 1, ["aramco", "sabic"], ["الطاقة"]), correction),
            Articles.Make("new", 5, ["aramco"], ["الطاقة"]),
            Updated(Articles.Make("older", 0, ["sabic"]), Day0.AddDays(3)),
            Updated(Articles.Make("stale", 2, ["opec"]), Day0.AddDays(2)), // "updated" no later than it was published
            Articles.Make("other", 9, ["opec"], ["النفط"]));

        Assert.Equal(correction, dates.LastModified("entities/aramco/"));
        Assert.Equal(TimeSpan.FromHours(3), dates.LastModified("entities/aramco/").Offset); // the sitemap prints the offset it was given
        Assert.Equal(correction, dates.LastModified("tags/الطاقة/"));
        Assert.Equal(correction, dates.LastModified("entities/sabic/"));
        Assert.Equal(correction, dates.LastModified("articles/old/"));
        Assert.Equal(Day0.AddDays(3), dates.LastModified("articles/older/"));
        Assert.Equal(Day0.AddDays(9), dates.LastModified("entities/opec/"));
        Assert.Equal(Day0.AddDays(9), dates.LastModified("tags/النفط/"));
    }
}
