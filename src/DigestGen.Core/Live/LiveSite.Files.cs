using DigestGen.Build;
using DigestGen.Output;

namespace DigestGen.Live;

public sealed partial class LiveSite : IDisposable
{
    /// <summary>
    /// Writes the files that are not pages (data files, feeds, sitemap, search index, assets) for
    /// the site as it is now into a scratch folder beside the served one, renames each in, then
    /// deletes whatever the site no longer has (a removed entity's feed, an unused search shard).
    /// Slower than the pages (the search index covers every article), so <c>serve</c> runs it after
    /// the edited pages are already shown.
    /// </summary>
    public void RefreshFiles(StageClock clock)
    {
        var scratchTarget = Path.Combine(Path.GetDirectoryName(_folder.Root)!, Path.GetFileName(_folder.Root) + "-files");
        using var scratch = OutputFolder.Open(scratchTarget, [_options.ContentDirectory, _options.TemplatesDirectory]);
        SiteBuilder.WriteFiles(_model, _pages, scratch, _options, clock);
        var kept = _pages.Select(p => p.OutputPath).ToHashSet(StringComparer.Ordinal);
        kept.Add(OutputFolder.Marker);
        foreach (var file in Directory.EnumerateFiles(scratch.Staging, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(scratch.Staging, file).Replace('\\', '/');
            if (kept.Add(relative))
            {
                _folder.MoveIn(file, relative);
            }
        }
        foreach (var stale in _folder.Files().Where(f => !kept.Contains(f)).ToList())
        {
            _folder.Delete(stale);
        }
    }

    public void Dispose() => _renderer?.Dispose();
}
