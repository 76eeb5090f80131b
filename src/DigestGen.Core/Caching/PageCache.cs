using DigestGen.Output;
using DigestGen.Rendering;

namespace DigestGen.Caching;

/// <summary>
/// Decides, page by page, whether the previous site's file can stand in for rendering: the page's
/// fingerprint equals the one recorded when that file was rendered, under the same theme,
/// settings and generator. Records every fingerprint for the next build. Entity and tag feeds are
/// kept the same way (<see cref="TryReuseFeed"/>), by a fingerprint of what they list.
/// </summary>
public sealed class PageCache(BuildCache cache)
{
    private readonly IReadOnlyDictionary<string, string>? _previous = cache.CanReusePages ? cache.Previous!.PageFingerprints : null;

    // One slot per page of this build, filled by the render threads without a lock: a shared map took
    // a lock per page, and the render threads spent more time waiting on it than hashing.
    private IReadOnlyList<Page> _pages = [];
    private string?[] _fingerprints = [];
    private Dictionary<string, string>? _recorded;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _feeds = new(StringComparer.Ordinal);
    private int _reused;
    private int _unfingerprinted;
    private int _feedsReused;

    public int Reused => _reused;

    /// <summary>Section feeds whose previous file was kept (see <see cref="TryReuseFeed"/>).</summary>
    public int FeedsReused => _feedsReused;

    /// <summary>Pages whose view could not be written (see <see cref="PageFingerprint"/>): rendered every build.</summary>
    public int Unfingerprinted => _unfingerprinted;

    /// <summary>The fingerprint of every page of this build that has one, by output path: for the next build.</summary>
    public IReadOnlyDictionary<string, string> Fingerprints => _recorded ??= Record();

    /// <summary>Starts a build's pages: <see cref="TryReuse"/> takes their positions in <paramref name="pages"/>.</summary>
    public void Begin(IReadOnlyList<Page> pages)
    {
        _pages = pages;
        _fingerprints = new string?[pages.Count];
        _recorded = null;
        _reused = 0;
        _unfingerprinted = 0;
        _feeds.Clear();
        _feedsReused = 0;
    }

    /// <summary>True when page <paramref name="index"/>'s previous file was linked into <paramref name="output"/>; false means render it.</summary>
    public bool TryReuse(int index, OutputFolder output)
    {
        var page = _pages[index];
        if (PageFingerprint.Of(page) is not { } fingerprint)
        {
            Interlocked.Increment(ref _unfingerprinted);
            return false;
        }
        _fingerprints[index] = fingerprint;
        if (_previous is null || !_previous.TryGetValue(page.OutputPath, out var before) || before != fingerprint
            || !output.TryReusePrevious(page.OutputPath))
        {
            return false;
        }
        Interlocked.Increment(ref _reused);
        return true;
    }

    /// <summary>
    /// As <see cref="TryReuse"/>, for a feed written after the pages (call <see cref="Begin"/> first): true when the
    /// previous site's file at <paramref name="path"/> was kept, having been written from inputs with this fingerprint.
    /// </summary>
    public bool TryReuseFeed(string path, string fingerprint, OutputFolder output)
    {
        _feeds[path] = fingerprint;
        _recorded = null;
        if (_previous is null || !_previous.TryGetValue(path, out var before) || before != fingerprint || !output.TryReusePrevious(path))
        {
            return false;
        }
        Interlocked.Increment(ref _feedsReused);
        return true;
    }

    private Dictionary<string, string> Record()
    {
        var recorded = new Dictionary<string, string>(_pages.Count + _feeds.Count, StringComparer.Ordinal);
        foreach (var (path, fingerprint) in _feeds)
        {
            recorded[path] = fingerprint;
        }
        for (var i = 0; i < _pages.Count; i++)
        {
            if (_fingerprints[i] is { } fingerprint)
            {
                recorded[_pages[i].OutputPath] = fingerprint;
            }
        }
        return recorded;
    }
}
