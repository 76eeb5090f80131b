using DigestGen.Authoring;
using DigestGen.Caching;
using DigestGen.Content;
using DigestGen.Diagnostics;
using DigestGen.Entities;
using DigestGen.Linking;
using DigestGen.Output;
using DigestGen.Rendering;
using DigestGen.Site;

namespace DigestGen.Build;

/// <summary>
/// Runs the stages in order: read content → Markdown → entities → links → pages → output.
/// Each stage is timed; diagnostics are collected across stages and the build fails once,
/// before anything replaces the previous output.
/// </summary>
public sealed partial class SiteBuilder(BuildOptions options)
{
    // Read beside the content and Markdown, which do not need it: extraction waits for it (see OpenEntitiesInBackground).
    private Task<EntityCache?> _entityCache = Task.FromResult<EntityCache?>(null);
    // Read beside the content too; only the search index needs it. serve keeps each article's terms in memory instead.
    private Task<SearchTermCache?> _searchTerms = Task.FromResult<SearchTermCache?>(null);
    private Task _savingSearchTerms = Task.CompletedTask;
    // Read beside the content too, for the Markdown stage right after it. serve renders every body, as before.
    private Task<BodyCache?> _bodies = Task.FromResult<BodyCache?>(null);
    private Task _savingBodies = Task.CompletedTask;
    private PageCache? _pageCache;
    private IReadOnlyList<OutputStamp.Entry>? _siteFiles;

    public StageClock Clock { get; init; } = new();

    /// <summary>The state of the last successful build that rendered pages (null when nothing changed or it failed).</summary>
    public SiteSnapshot? Snapshot { get; private set; }

    public BuildResult Build()
    {
        var diagnostics = new DiagnosticBag();
        if (ContentFolderMissing(diagnostics))
        {
            // Before the cache or the output is touched: a mistyped --content must not replace a good site with an empty one.
            return new BuildResult(false, diagnostics.Sorted(), Clock.Timings, 0, 0, 0);
        }
        OutputFolder.RecoverInterrupted(options.OutputDirectory);
        var cache = Clock.Time("check cache", () => BuildCache.Open(options));
        if (cache.IsUpToDate(options.Now ?? DateTimeOffset.Now))
        {
            return UpToDate(cache.Previous!);
        }
        _entityCache = OpenEntitiesInBackground(cache);
        if (!options.KeepSnapshot)
        {
            _searchTerms = Task.Run(() => (SearchTermCache?)cache.OpenSearchTerms());
            _bodies = Task.Run(() => (BodyCache?)cache.OpenBodies());
        }
        var (content, templates, model) = ReadAndLink(diagnostics, cache.ArticleDigests);
        // What was extracted is final here, and valid whatever the rest of the build does (it is keyed
        // by content): it is written beside the next stages, whose sequential steps leave a core idle,
        // instead of after them.
        var entityCache = _entityCache;
        var savingEntities = Task.Run(() => entityCache.GetAwaiter().GetResult()?.Save());
        try
        {
            return WriteAndSave(cache, diagnostics, content, templates, model);
        }
        finally
        {
            // Usually long done; timed so that a wait shows in --verbose.
            Clock.Time("save entity cache", () => savingEntities.GetAwaiter().GetResult());
            Clock.Time("save search term cache", () => _savingSearchTerms.GetAwaiter().GetResult());
            Clock.Time("save body cache", () => _savingBodies.GetAwaiter().GetResult());
        }
    }

    private BuildResult WriteAndSave(BuildCache cache, DiagnosticBag diagnostics, ContentSet content, TemplateSet templates, SiteModel model)
    {
        if (diagnostics.HasErrors)
        {
            return Result(false, diagnostics, model, 0);
        }
        _pageCache = new PageCache(cache);
        _siteFiles = cache.SiteFiles;
        // serve keeps each article's and entity's JSON in memory instead (DataFragments).
        _splice = options.KeepSnapshot ? null
            : cache.CanReusePages ? DataSplice.Open(cache.DataPath, cache.Keys.Pages, options.OutputDirectory, cache.SiteFiles!)
            : DataSplice.Fresh();
        var (written, pageCount, kept, files) = Clock.Time("write site", () => WriteSite(model, templates, diagnostics));
        var result = Result(written, diagnostics, model, pageCount);
        if (result.Succeeded)
        {
            Clock.Time("save cache", () =>
            {
                SaveCache(cache, content, result, OutputStamp.Of(files!));
                _splice?.Save(cache.DataPath, cache.Keys.Pages, files!);
            });
            if (kept is not null)
            {
                Snapshot = new SiteSnapshot(options, content, templates, model, kept, _pageCache.Fingerprints, files!, _search!, _data!);
            }
        }
        // Deleting the replaced site ran beside the cache save; what is left of it is waited for here.
        Clock.Time("remove previous site", () => _removingPrevious.GetAwaiter().GetResult());
        return result;
    }

    /// <summary>
    /// A content folder that is not there is an error, not an empty digest: a site with no articles yet still
    /// has its folder (and a build of it writes the home page and the rest), but a mistyped path would build
    /// an empty site over the real one.
    /// </summary>
    private bool ContentFolderMissing(DiagnosticBag diagnostics)
    {
        if (Directory.Exists(options.ContentDirectory))
        {
            return false;
        }
        diagnostics.Add(Diagnostic.Error(options.ContentDirectory, 0, 0, "content folder not found",
            "pass --content FOLDER (the folder that holds digest.yml and articles/), or run from the project root"));
        return true;
    }

    /// <summary>The stages every build and <c>check</c> run: content, templates, Markdown, entities, links.</summary>
    /// <param name="digests">Where the loader leaves each article's digest, for the build cache's key.</param>
    private (ContentSet Content, TemplateSet Templates, SiteModel Model) ReadAndLink(DiagnosticBag diagnostics,
        System.Collections.Concurrent.ConcurrentDictionary<string, byte[]>? digests = null)
    {
        // The recogniser's model (a tenth of a second to unpack) loads while the content is read, and the
        // gazetteer's matcher is built while the templates and Markdown are: the example digest spent a
        // third of its build waiting for both at the start of extraction.
        EntityExtractor.LoadModelInBackground();
        var content = Clock.Time("read content", () => ReadContent(diagnostics, digests));
        var gazetteer = content.Gazetteer;
        var extractor = Task.Run(() => EntityExtractor.Create(gazetteer));
        var templates = Clock.Time("parse templates", () => TemplateSet.Load(options.TemplatesDirectory, diagnostics));
        var articles = Clock.Time("render markdown", () => RenderMarkdown(content, diagnostics));
        content = content with { Articles = articles.Select(a => a.Article).ToList() };
        articles = Clock.Time("extract entities", () => ExtractEntities(extractor.GetAwaiter().GetResult(), articles));
        var links = Clock.Time("link articles", () => LinkIndex.Build(articles, content.Gazetteer, content.Config.Zone, diagnostics));
        return (content, templates, new SiteModel(content.Config, articles, content.Gazetteer, links));
    }

    public ContentSet ReadContent(DiagnosticBag diagnostics) => ReadContent(diagnostics, null);

    private ContentSet ReadContent(DiagnosticBag diagnostics, System.Collections.Concurrent.ConcurrentDictionary<string, byte[]>? digests)
    {
        var config = ConfigLoader.Load(options.ContentDirectory, diagnostics);
        if (options.BaseUrl is { } baseUrl)
        {
            config = config with { BaseUrl = baseUrl };
        }
        // The gazetteer is one file read on one thread: it is read beside the articles, not before them.
        var gazetteerRead = Task.Run(() => Gazetteer.Load(Path.Combine(options.ContentDirectory, "entities"), diagnostics));
        var all = new ContentLoader(config) { Digests = digests }.LoadArticles(options.ContentDirectory, diagnostics);
        var gazetteer = gazetteerRead.GetAwaiter().GetResult();
        var now = options.Now ?? DateTimeOffset.Now;
        var parts = all.ToLookup(a => Unpublished.IsPublished(a, now, options.IncludeDrafts, options.IncludeFuture));
        var scheduled = all.Where(a => !options.IncludeFuture && a.Meta.Date > now).Select(a => (DateTimeOffset?)a.Meta.Date).Min();
        return new ContentSet(config, gazetteer, parts[true].ToList()) { NextScheduled = scheduled, Unpublished = Unpublished.Find(parts[false], now) };
    }

    private BuildResult Result(bool ok, DiagnosticBag diagnostics, SiteModel model, int pages) =>
        new(ok && !diagnostics.HasErrors, diagnostics.Sorted(), Clock.Timings, model.Articles.Count, model.Links.Entities.Count, pages);
}
