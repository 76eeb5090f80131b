using System.Collections.Concurrent;
using DigestGen.Output;
using DigestGen.Rendering;

namespace DigestGen.Caching;

/// <summary>
/// Decides, page by page, whether the previous site's file can stand in for rendering: the page's
/// fingerprint equals the one recorded when that file was rendered, under the same theme,
/// settings and generator. Records every fingerprint for the next build.
/// </summary>
public sealed class PageCache(BuildCache cache)
{
    private readonly IReadOnlyDictionary<string, string>? _previous = cache.CanReusePages ? cache.Previous!.PageFingerprints : null;
    // Sized for the site up front: every page adds one, and each resize of a ConcurrentDictionary takes all
    // its locks while the other render threads spin on them.
    private readonly ConcurrentDictionary<string, string> _fingerprints = new(
        Environment.ProcessorCount * 8, Math.Max(4096, cache.Previous?.PageFingerprints.Count ?? 0), StringComparer.Ordinal);
    private int _reused;

    public int Reused => _reused;

    public IReadOnlyDictionary<string, string> Fingerprints => _fingerprints.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);

    /// <summary>True when the page's previous file was linked into <paramref name="output"/>; false means render it.</summary>
    public bool TryReuse(Page page, OutputFolder output)
    {
        if (PageFingerprint.Of(page) is not { } fingerprint)
        {
            return false;
        }
        _fingerprints[page.OutputPath] = fingerprint;
        if (_previous is null || !_previous.TryGetValue(page.OutputPath, out var before) || before != fingerprint
            || !output.TryLinkFromPrevious(page.OutputPath))
        {
            return false;
        }
        Interlocked.Increment(ref _reused);
        return true;
    }
}
