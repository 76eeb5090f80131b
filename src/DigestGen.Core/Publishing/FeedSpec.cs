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

    /// <summary>
    /// What the feed's bytes depend on besides the settings, theme and generator (which the page cache keys
    /// separately): its title, path and kind, and each entry's article, by content hash (front matter and body:
    /// title, dates, author, tags, summary, language) and path (the slug may come from the file's name).
    /// </summary>
    public string Fingerprint()
    {
        var text = new System.Text.StringBuilder(64 + Articles.Count * 48);
        text.Append("feed 1\0").Append(Title).Append('\0').Append(PagePath).Append('\0').Append(FullContent ? '1' : '0');
        foreach (var a in Articles)
        {
            text.Append('\0').Append(a.Article.ContentHash).Append('\0').Append(a.Path);
        }
        return Caching.ViewHash.Hex(System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.ToString().AsSpan()));
    }
}
