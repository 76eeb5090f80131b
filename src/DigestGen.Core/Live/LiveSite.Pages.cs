using System.Collections.Concurrent;
using DigestGen.Build;
using DigestGen.Caching;
using DigestGen.Diagnostics;
using DigestGen.Rendering;

namespace DigestGen.Live;

public sealed partial class LiveSite
{
    private PageRenderer? _renderer;

    /// <summary>
    /// Renders the planned pages whose fingerprint changed, stages them beside their targets and,
    /// if every one rendered, renames them in. With <paramref name="replaceAll"/> the plan is the
    /// whole site and pages it no longer has are deleted; otherwise it replaces pages one by one.
    /// </summary>
    private (int Written, int Deleted) Update(IReadOnlyList<Page> planned, bool replaceAll, DiagnosticBag diagnostics)
    {
        var fingerprints = new string?[planned.Count];
        Parallel.For(0, planned.Count, Cores.One, i => fingerprints[i] = PageFingerprint.Of(planned[i]));
        var changed = Enumerable.Range(0, planned.Count)
            .Where(i => fingerprints[i] is not { } f || !_fingerprints.TryGetValue(planned[i].OutputPath, out var old) || old != f)
            .ToList();
        var staged = new ConcurrentBag<string>();
        _renderer ??= SiteBuilder.NewRenderer(_model, _templates, _options);
        Parallel.ForEach(changed, Cores.One, i =>
        {
            if (_renderer.Render(planned[i], diagnostics) is { } html)
            {
                _folder.Stage(planned[i].OutputPath, html);
                staged.Add(planned[i].OutputPath);
            }
        });
        if (diagnostics.HasErrors)
        {
            _folder.Discard(staged);
            return (0, 0);
        }
        _folder.Publish(staged);
        var deleted = replaceAll ? DeleteMissing(planned) : 0;
        Remember(planned, fingerprints, replaceAll);
        return (staged.Count, deleted);
    }

    private int DeleteMissing(IReadOnlyList<Page> planned)
    {
        var now = planned.Select(p => p.OutputPath).ToHashSet(StringComparer.Ordinal);
        var gone = _pages.Select(p => p.OutputPath).Where(p => !now.Contains(p)).ToList();
        foreach (var path in gone)
        {
            _folder.Delete(path);
        }
        return gone.Count;
    }

    private void Remember(IReadOnlyList<Page> planned, string?[] fingerprints, bool replaceAll)
    {
        if (replaceAll)
        {
            _pages = [.. planned];
            _pageAt = null;
            _fingerprints = new Dictionary<string, string>(StringComparer.Ordinal);
        }
        else
        {
            // Where each page is in the list, made once and kept while the list keeps its pages: an edit's few
            // pages are put in place by path, not by a look-up of every page's path (134,000 at 30,000 articles).
            _pageAt ??= Enumerable.Range(0, _pages.Count).ToDictionary(i => _pages[i].OutputPath, StringComparer.Ordinal);
            foreach (var page in planned)
            {
                if (_pageAt.TryGetValue(page.OutputPath, out var at))
                {
                    _pages[at] = page;
                }
            }
        }
        for (var i = 0; i < planned.Count; i++)
        {
            if (fingerprints[i] is { } f)
            {
                _fingerprints[planned[i].OutputPath] = f;
            }
            else
            {
                _fingerprints.Remove(planned[i].OutputPath);
            }
        }
    }
}
