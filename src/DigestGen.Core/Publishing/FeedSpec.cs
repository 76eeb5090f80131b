using DigestGen.Site;

namespace DigestGen.Publishing;

/// <summary>
/// One feed to write: its title, the site-relative folder of the page it follows (the feed
/// lives at <c>{PagePath}feed.xml</c>) and its articles, newest first, already cut to size.
/// </summary>
public sealed record FeedSpec(string Title, string PagePath, IReadOnlyList<ArticleEntry> Articles)
{
    public string FeedPath => PagePath + "feed.xml";
}
