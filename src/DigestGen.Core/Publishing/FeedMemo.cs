using System.Collections.Concurrent;

namespace DigestGen.Publishing;

/// <summary>
/// What each entity's and tag's feed was last written from, for <c>serve</c>: after an edit, a feed whose
/// title and entries are the same entries as last time (an edit replaces the entries of the articles it
/// changed, and never changes an entry) is left as it is on disk rather than serialised and compared
/// again. A site has a feed per entity and per tag, two thousand at ten thousand articles, and an edit
/// changes the few that list the edited article. What a refresh writes counts only once its files are in
/// place (<see cref="Commit"/>): a refresh that fails leaves the memo as it was.
/// </summary>
public sealed class FeedMemo
{
    private Dictionary<string, FeedSpec> _written = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FeedSpec> _pending = new(StringComparer.Ordinal);
    private int _serialising;

    /// <summary>How many section feeds the last committed refresh serialised (the others were left as they were), for tests and <c>--verbose</c>.</summary>
    public int FeedsSerialised { get; private set; }

    internal void Begin()
    {
        _pending.Clear();
        _serialising = 0;
    }

    /// <summary>True when the feed would be written from the same title and the same entries as last time.</summary>
    internal bool Unchanged(FeedSpec feed) =>
        _written.TryGetValue(feed.FeedPath, out var last) && last.Title == feed.Title && last.FullContent == feed.FullContent
        && last.Articles.Count == feed.Articles.Count && last.Articles.Zip(feed.Articles).All(p => ReferenceEquals(p.First, p.Second));

    internal void Kept(FeedSpec feed) => _pending[feed.FeedPath] = feed;

    internal void Wrote(FeedSpec feed)
    {
        Kept(feed);
        Interlocked.Increment(ref _serialising);
    }

    /// <summary>The folder may no longer hold what the memo says (a refresh failed while moving its files in): every feed is written next time.</summary>
    public void Forget() => _written = new Dictionary<string, FeedSpec>(StringComparer.Ordinal);

    /// <summary>The refresh's files are in place: what it wrote and kept is what the next one compares with.</summary>
    public void Commit()
    {
        _written = new Dictionary<string, FeedSpec>(_pending, StringComparer.Ordinal);
        _pending.Clear();
        FeedsSerialised = _serialising;
    }
}
