using System.Diagnostics;
using DigestGen.Caching;
using DigestGen.Diagnostics;
using DigestGen.Entities;
using DigestGen.Markdown;
using DigestGen.Output;
using DigestGen.Rendering;
using DigestGen.Site;

namespace DigestGen.Build;

public sealed partial class SiteBuilder
{
    private IReadOnlyList<ArticleEntry> RenderMarkdown(ContentSet content, DiagnosticBag diagnostics)
    {
        var renderer = MarkdownRenderer.For(content.Config);
        var cache = _bodies.GetAwaiter().GetResult();
        var entries = new ArticleEntry[content.Articles.Count];
        // Each thread's own bag tells whether an article's rendering reported anything.
        Parallel.For(0, entries.Length, Cores.One, () => new DiagnosticBag(), (i, _, own) =>
        {
            var a = content.Articles[i];
            // The Markdown source is not read again once rendered: dropped, so the build does not hold a third copy of every text.
            entries[i] = new ArticleEntry(a with { Body = "" }, Body(a, renderer, cache, diagnostics, own), []);
            return own;
        }, _ => { });
        if (cache is not null)
        {
            Clock.Note($"(markdown: {cache.Hits} of {entries.Length} bodies left unrendered until read, their facts from the cache read in {cache.ReadIn.TotalMilliseconds:0} ms beside the content)");
            // Keyed by content, so valid whatever the rest of the build does; written beside the next stages.
            _savingBodies = Task.Run(cache.Save);
            _bodies = Task.FromResult<BodyCache?>(null);
        }
        return entries;
    }

    /// <summary>
    /// An article's body: rendered now, or, when the body cache knows its content, deferred until its text is
    /// read (by then only the closure holds the Markdown). The cache holds only bodies whose rendering reported
    /// nothing, so a deferred one has nothing to report either.
    /// </summary>
    /// <param name="own">An empty bag of this thread's, left empty.</param>
    private static RenderedBody Body(Content.Article a, MarkdownRenderer renderer, BodyCache? cache, DiagnosticBag diagnostics, DiagnosticBag own)
    {
        if (cache is null)
        {
            return renderer.Render(a.Body, a.SourcePath, a.BodyLine, diagnostics);
        }
        var (markdown, path, line) = (a.Body, a.SourcePath, a.BodyLine);
        if (cache.TryGet(a.ContentHash, out var facts))
        {
            return RenderedBody.Deferred(facts, () => renderer.Render(markdown, path, line, new DiagnosticBag()));
        }
        var body = renderer.Render(markdown, path, line, own);
        if (own.IsEmpty)
        {
            cache.Put(a.ContentHash, body.Facts);
        }
        own.MoveTo(diagnostics);
        return body;
    }

    /// <summary>
    /// Reads the entity cache on a thread of its own. At 10,000 articles it is a 6 MB file read in 0.14–0.26 s
    /// (as JSON, 48 MB and 0.6–1.3 s), and reading it before the content left the other core idle for that
    /// long in every build after an edit; only extraction needs it, so it is read while the content and
    /// Markdown are.
    /// </summary>
    private static Task<EntityCache?> OpenEntitiesInBackground(BuildCache cache) => Task.Run(() => (EntityCache?)cache.OpenEntities());

    private IReadOnlyList<ArticleEntry> ExtractEntities(EntityExtractor extractor, IReadOnlyList<ArticleEntry> articles)
    {
        var waited = Stopwatch.StartNew();
        var cache = _entityCache.GetAwaiter().GetResult();
        if (cache is { Count: > 0 })
        {
            // Its own time, and how long extraction waited for it: a wait here means the read is the slow part.
            Clock.Note($"(entity cache of {cache.Count} articles read in {cache.ReadIn.TotalMilliseconds:0} ms beside the content; extraction waited {waited.Elapsed.TotalMilliseconds:0} ms for it)");
        }
        var entries = new ArticleEntry[articles.Count];
        Parallel.For(0, entries.Length, Cores.One, i =>
        {
            var a = articles[i];
            IReadOnlyList<FoundEntity> Extract() => extractor.Extract(a.Body.PlainText, a.Meta.Entities, a.Meta.IgnoreEntities);
            var found = cache is null ? Extract() : cache.GetOrExtract(a.Article.ContentHash, Extract);
            entries[i] = a with { Entities = found };
        });
        return entries;
    }

    // The renderer (its contexts and rendered cards) lives only while pages render.
    private void RenderPages(SiteModel model, TemplateSet templates, IReadOnlyList<Page> pages, OutputFolder output, DiagnosticBag diagnostics)
    {
        using var renderer = NewRenderer(model, templates, options);
        Clock.Time("render pages", () => RenderPages(pages, renderer, output, diagnostics));
    }

    private void RenderPages(IReadOnlyList<Page> pages, PageRenderer renderer, OutputFolder output, DiagnosticBag diagnostics)
    {
        _pageCache?.Begin(pages);
        // Each rendered page's time on its thread, so --verbose can say which kind of page the stage spent
        // its time on (as Hugo's --templateMetrics does): two clock reads a page, no lock.
        var took = new long[pages.Count];
        Parallel.For(0, pages.Count, Cores.One, i =>
        {
            if (_pageCache?.TryReuse(i, output) == true)
            {
                return;
            }
            var page = pages[i];
            var start = Stopwatch.GetTimestamp();
            renderer.Render(page, diagnostics, html => output.WriteBytes(page.OutputPath, html));
            took[i] = Stopwatch.GetTimestamp() - start;
        });
        // A page without a fingerprint is rendered on every build: said, so a view no runtime can write is seen.
        var unfingerprinted = _pageCache?.Unfingerprinted ?? 0;
        Clock.Note($"({_pageCache?.Reused ?? 0} of {pages.Count} pages reused"
            + (unfingerprinted > 0 ? $"; {unfingerprinted} without a fingerprint, rendered every build)" : ")"));
        foreach (var (kind, count, time) in RenderTimes.ByKind(pages, took))
        {
            Clock.Part($"{kind} ({count}, time on threads)", time);
        }
    }

    /// <summary>
    /// Writes the site into a new folder and swaps it in. The data files and the search index need only
    /// the model, so they are written before the pages are planned: the index and the page plan, the two
    /// largest things a build holds besides the articles, are never in memory together.
    /// </summary>
    private (bool Written, int Pages, IReadOnlyList<Page>? Kept, IReadOnlyList<OutputStamp.Entry>? Files) WriteSite(SiteModel model, TemplateSet templates, DiagnosticBag diagnostics)
    {
        using var output = OutputFolder.Open(options.OutputDirectory, [options.ContentDirectory, options.TemplatesDirectory], _siteFiles);
        // serve keeps the index's builder, which remembers each article's terms, and each article's and
        // entity's JSON, for the data files after an edit.
        _search = options.KeepSnapshot ? new Search.SearchIndexBuilder(Arabic.Stemming.SearchAnalyzer.Default, remember: true) : null;
        _data = options.KeepSnapshot ? new DataFragments() : null;
        var terms = _searchTerms.GetAwaiter().GetResult();
        using (_splice)
        {
            WriteIndexes(model, output, Clock, _search ?? new Search.SearchIndexBuilder(Arabic.Stemming.SearchAnalyzer.Default) { Cache = terms }, _data, _splice);
        }
        if (_splice is { } splice)
        {
            Clock.Note($"(api/*.json: {splice.Articles.Copied} of {model.Articles.Count} articles and {splice.Entities.Copied} of {model.Links.Entities.Count} entities copied from the last build)");
        }
        if (terms is not null)
        {
            Clock.Note($"(search index: {terms.Hits} of {model.Articles.Count} articles' terms from the cache, read in {terms.ReadIn.TotalMilliseconds:0} ms beside the content)");
            // Keyed by content, so valid whatever the rest of the build does; written beside the pages.
            _savingSearchTerms = Task.Run(terms.Save);
            _searchTerms = Task.FromResult<SearchTermCache?>(null);
        }
        var pages = Clock.Time("plan pages", () => new PagePlanner(model).Plan());
        RenderPages(model, templates, pages, output, diagnostics);
        WriteFeeds(model, pages, output);
        WriteAssets(model, output, options);
        var kept = options.KeepSnapshot ? pages : null;
        if (diagnostics.HasErrors)
        {
            return (false, pages.Count, null, null);
        }
        output.Commit();
        if (output.UpdatedInPlace is { } update)
        {
            Clock.Note($"(site updated in place: {update.Written} files written, {update.Removed} removed)");
        }
        var files = output.Files();
        _removingPrevious = Task.Run(() =>
        {
            try
            {
                output.RemovePrevious();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The new site is in place; a leftover old one is deleted by the next build (StaleStaging).
            }
        });
        return (true, pages.Count, kept, files);
    }

    private Task _removingPrevious = Task.CompletedTask;
    private Search.SearchIndexBuilder? _search;
    private DataFragments? _data;
    private DataSplice? _splice;

    internal static PageRenderer NewRenderer(SiteModel model, TemplateSet templates, BuildOptions options) =>
        NewRenderer(model, templates, options.LiveReload);

    internal static PageRenderer NewRenderer(SiteModel model, TemplateSet templates, bool liveReload)
    {
        var site = new SiteView(model.Config.Title, model.Config.Description, model.Config.BaseUrl, model.Config.BasePath,
            model.Config.Language, Languages.DirectionOf(model.Config.Language), model.Config.Author, liveReload, GeneratorInfo.Version);
        var functions = new TemplateFunctions(model.Config);
        var scriptFunctions = functions.ToScriptObject();
        scriptFunctions["json_ld"] = new TemplateFunction<PageView?, StreamedHtml>(new StructuredData(site, functions).Of);
        return new PageRenderer(templates, site, scriptFunctions);
    }

    /// <summary>Everything but the pages: data files, feeds, the search index, the theme's assets.</summary>
    /// <param name="search">serve's builder of the search index, which remembers each article's terms from the last time.</param>
    /// <param name="data">serve's JSON of each article and entity from the last time.</param>
    /// <param name="feeds">serve's record of what each section feed was last written from.</param>
    internal static void WriteFiles(SiteModel model, IReadOnlyList<Page> pages, OutputFolder output, BuildOptions options, StageClock clock,
        Search.SearchIndexBuilder search, DataFragments data, Publishing.FeedMemo feeds)
    {
        // The pages are planned already, so the feeds go side by side with the rest: after an edit the
        // data files are done well before the search index, and the feeds fill the core they leave.
        clock.Time("write data files, search index and feeds", () => clock.TimeSideBySide(
            [.. IndexJobs(model, output, search, data), ("feeds", () => new Publishing.PublicationWriter(model, output, feeds).WriteAll(pages))]));
        WriteAssets(model, output, options);
    }

    // Side by side: the two data files are JSON documents serialised on one thread each, while the
    // search index has sequential steps (merging each block of articles, ranking, writing shards)
    // that leave a core idle. All only read the model and write their own files.
    private static void WriteIndexes(SiteModel model, OutputFolder output, StageClock clock, Search.SearchIndexBuilder? search, DataFragments? data,
        DataSplice? splice) =>
        clock.Time("write data files and search index", () => clock.TimeSideBySide(IndexJobs(model, output, search, data, splice)));

    private static List<(string Job, Action Work)> IndexJobs(SiteModel model, OutputFolder output, Search.SearchIndexBuilder? search, DataFragments? data,
        DataSplice? splice = null) =>
        [.. new DataWriter(model, output, data, splice).Writes(), ("search index", () => new Search.SearchIndexWriter(model, output, search).WriteAll())];

    private void WriteFeeds(SiteModel model, IReadOnlyList<Page> pages, OutputFolder output)
    {
        Clock.Time("write feeds", () => new Publishing.PublicationWriter(model, output, cache: _pageCache).WriteAll(pages));
        if (_pageCache is { FeedsReused: > 0 } cache)
        {
            Clock.Note($"({cache.FeedsReused} of {model.Links.ArticlesByEntity.Count + model.Links.ArticlesByTag.Count} entity and tag feeds kept from the last build)");
        }
    }

    private static void WriteAssets(SiteModel model, OutputFolder output, BuildOptions options)
    {
        AssetCopier.Copy(Path.Combine(options.TemplatesDirectory, "assets"), output);
        WebManifest.Fill(output, model.Config);
    }
}
