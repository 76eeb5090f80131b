using DigestGen.Site;

namespace DigestGen.Publishing;

/// <summary>
/// One feed to write: its title, the site-relative folder of the page it follows (the feed
/// lives at <c>{PagePath}feed.xml</c>) and its articles, newest first, already cut to size.
/// <see cref="FullContent"/> is off for entity and tag feeds: a digest has hundreds of them, and
/// full bodies there would repeat every article hundreds of times in the output.
/// </summary>
public sealed record FeedSpec(string Title, string PagePath, IReadOnlyList<ArticleEntry> Articles, bool FullContent = true)
{
    public string FeedPath => PagePath + "feed.xml";
}
