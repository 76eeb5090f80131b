using DigestGen.Build;
using DigestGen.Caching;
using DigestGen.Output;
using DigestGen.Rendering;

namespace DigestGen.Live;

public sealed partial class LiveSite : IDisposable
{
    /// <summary>The served folder's files that are not pages, as last written: what <see cref="RefreshFiles"/> compares with.</summary>
    private IReadOnlyList<OutputStamp.Entry> _otherFiles;

    /// <summary>Builds the search index again after each edit, analysing only the articles the edits made anew.</summary>
    private readonly Search.SearchIndexBuilder _search;

    /// <summary>Writes api/articles.json and api/entities.json from what each article and entity was last time, where nothing it shows changed.</summary>
    private readonly DataFragments _data;

    /// <summary>What each entity's and tag's feed was last written from: after the first refresh, only the feeds an edit changes are written.</summary>
    private readonly Publishing.FeedMemo _feeds = new();

    /// <summary>What each file the last refresh wrote or kept holds, as a hash: unchanged files are told without reading them back.</summary>
    private readonly WrittenHashes _hashes = new();

    /// <summary>How many files the last <see cref="RefreshFiles"/> read back from the served folder to compare (those its record did not know).</summary>
    public int FilesReadBack => _hashes.ReadBack;

    /// <summary>How many entity and tag feeds the last <see cref="RefreshFiles"/> serialised.</summary>
    public int FeedsSerialised => _feeds.FeedsSerialised;

    /// <summary>
    /// Writes the files that are not pages (data files, feeds, sitemap, search index, assets) for the
    /// site as it is now, as a <c>build</c> updates a site in place: a file whose bytes are the same as
    /// the served one's is not written, the others are written aside and renamed over theirs, and the
    /// files the site no longer has (a removed entity's feed, an unused search shard) are deleted. An
    /// edit changes a few dozen of these thirteen thousand files at ten thousand articles; renaming all
    /// of them in took seconds. Slower than the pages all the same (the search index covers every
    /// article), so <c>serve</c> runs it after the edited pages are already shown.
    /// </summary>
    public void RefreshFiles(StageClock clock)
    {
        using var output = OutputFolder.Open(_folder.Root, [_options.ContentDirectory, _options.TemplatesDirectory], _otherFiles, _hashes);
        SiteBuilder.WriteFiles(_model, _pages, output, _options, clock, _search, _data, _feeds);
        clock.Note($"({_data.ArticlesSerialised} articles and {_data.EntitiesSerialised} entities serialised again for the data files; co-mentions {(CoMentionsCarried ? "taken over" : "counted again")})");
        try
        {
            output.Commit();
        }
        catch
        {
            // Some files may have moved in and others not: the folder no longer matches either record.
            _hashes.Forget();
            _feeds.Forget();
            throw;
        }
        _feeds.Commit();
        _hashes.Commit();
        clock.Note($"({_feeds.FeedsSerialised} entity and tag feeds written again; {_search.Pages?.Serialised} search list pages serialised again; {_hashes.ReadBack} files read back to compare)");
        _otherFiles = output.Files();
    }

    private static IReadOnlyList<OutputStamp.Entry> NotPages(IReadOnlyList<OutputStamp.Entry> files, IEnumerable<Page> pages)
    {
        var paths = pages.Select(p => p.OutputPath.Replace('/', Path.DirectorySeparatorChar)).ToHashSet(StringComparer.Ordinal);
        return [.. files.Where(f => !paths.Contains(f.Path))];
    }

    public void Dispose() => _renderer?.Dispose();
}
