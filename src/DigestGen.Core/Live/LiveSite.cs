using System.Diagnostics;
using DigestGen.Build;
using DigestGen.Caching;
using DigestGen.Content;
using DigestGen.Diagnostics;
using DigestGen.Entities;
using DigestGen.Markdown;
using DigestGen.Output;
using DigestGen.Rendering;
using DigestGen.Site;
using DigestGen.Site.Views;

namespace DigestGen.Live;

/// <summary>
/// A built site kept in memory by <c>serve</c> and updated in place when articles are edited:
/// only the edited files are read, rendered and extracted again; the links are re-indexed (cheap);
/// and only the pages the edit changes are rendered. When the edit changed nothing that other
/// pages show (<see cref="ListSignature"/>), only the article's own page is planned, with the
/// entity pages whose snippet of it changed; otherwise
/// every page is planned and fingerprinted and only those whose fingerprint changed are
/// rendered. Feeds, data files and the search index follow in <see cref="RefreshFiles"/>.
/// Anything but an edit to a known article file (templates, settings, gazetteer, a new file)
/// asks for a full build.
/// </summary>
public sealed partial class LiveSite
{
    private readonly BuildOptions _options;
    private readonly ContentSet _content;
    private readonly TemplateSet _templates;
    private readonly LiveFolder _folder;
    private readonly string _articlesRoot;
    private readonly ContentLoader _loader;
    private readonly MarkdownRenderer _markdown;
    private readonly Lazy<EntityExtractor> _extractor;
    private readonly HashSet<string> _knownFiles;
    private SiteModel _model;
    private List<Page> _pages;
    private Dictionary<string, int>? _pageAt;
    private Dictionary<string, string> _fingerprints;

    public LiveSite(SiteSnapshot snapshot, string folder)
    {
        _options = snapshot.Options;
        _content = snapshot.Content;
        _templates = snapshot.Templates;
        _folder = new LiveFolder(folder);
        _articlesRoot = Path.GetFullPath(Path.Combine(_options.ContentDirectory, "articles"));
        _loader = new ContentLoader(_content.Config);
        _markdown = MarkdownRenderer.For(_content.Config);
        _extractor = new Lazy<EntityExtractor>(() => EntityExtractor.Create(_content.Gazetteer));
        _knownFiles = new HashSet<string>(
            snapshot.Content.Articles.Select(a => a.RelativePath).Concat(snapshot.Content.Unpublished.Select(u => u.Article.RelativePath)),
            StringComparer.Ordinal);
        _model = snapshot.Model;
        _pages = [.. snapshot.Pages];
        _fingerprints = new Dictionary<string, string>(snapshot.Fingerprints, StringComparer.Ordinal);
        _otherFiles = NotPages(snapshot.Files, snapshot.Pages);
        _search = snapshot.Search;
        _data = snapshot.Data;
    }

    public string Folder => _folder.Root;

    public int PageCount => _pages.Count;

    /// <summary>Whether the last edit left every article on the lists it was on, so the link index was updated list by list rather than built again.</summary>
    public bool LinksUpdated { get; private set; }

    /// <summary>Whether the last edit kept every article's entities, so the co-mentions were taken over rather than counted again.</summary>
    public bool CoMentionsCarried { get; private set; }

    /// <summary>Applies edits to article files; the served folder is touched only when every edited file is good.</summary>
    /// <param name="clock">Times the steps, for <c>serve --verbose</c>.</param>
    public LiveRebuild Apply(IReadOnlyList<string> changedFiles, StageClock? clock = null)
    {
        clock ??= new StageClock();
        var diagnostics = new DiagnosticBag();
        if (clock.Time("read edited articles", () => ReadChanges(changedFiles, diagnostics)) is not { } changes)
        {
            return LiveRebuild.FullBuild;
        }
        if (changes.Count == 0)
        {
            return new LiveRebuild(false, diagnostics.Sorted(), 0, 0, 0); // only files that are not content (an editor's temporary file)
        }
        var articles = Merge(changes, diagnostics);
        var links = clock.Time("link articles", () =>
        {
            // An edit that leaves each article on the lists it was on changes those lists alone.
            var edits = changes.Where(c => c.Before is not null && c.After is not null).Select(c => (c.Before!, c.After!));
            var updated = Linking.LinkIndex.Update(_model.Links, articles, edits, _content.Gazetteer);
            LinksUpdated = updated is not null;
            return updated ?? Linking.LinkIndex.Build(articles, _content.Gazetteer, _content.Config.Zone, diagnostics);
        });
        if (diagnostics.HasErrors)
        {
            return new LiveRebuild(false, diagnostics.Sorted(), 0, 0, 0);
        }
        CoMentionsCarried = clock.Time("take over co-mentions", () => links.CarryCoMentions(_model.Links));
        var before = _model;
        _model = new SiteModel(_content.Config, articles, _content.Gazetteer, links);
        var (planner, impacts) = clock.Time("compare lists", () =>
        {
            var planner = new PagePlanner(_model);
            return (planner, changes.Select(c => c.Before is { } b && c.After is { } a ? ListSignature.Compare(b, a, planner) : null).ToList());
        });
        var targeted = impacts.All(i => i is not null);
        var planned = clock.Time("plan pages", () => planner.Plan(targeted ? AffectedPages(planner, changes, impacts!) : null));
        var (written, deleted) = clock.Time("render pages", () => Update(planned, replaceAll: !targeted, diagnostics));
        if (diagnostics.HasErrors)
        {
            _model = before; // a template error on the new content: the folder still shows the old pages it has
            return new LiveRebuild(false, diagnostics.Sorted(), 0, 0, planned.Count);
        }
        foreach (var c in changes.Where(c => c.After is null && c.Before is not null && !File.Exists(Path.Combine(_articlesRoot, c.RelativePath))))
        {
            _knownFiles.Remove(c.RelativePath);
        }
        return new LiveRebuild(false, diagnostics.Sorted(), written, deleted, planned.Count);
    }

    /// <summary>
    /// The pages an edit that kept every list as it was can change: the article's own page; when
    /// the card's text changed, every page showing the card (lists, neighbours, related lists);
    /// when the words around a mention changed, that entity's page listing the article.
    /// </summary>
    private HashSet<string> AffectedPages(PagePlanner planner, IReadOnlyList<ArticleChange> changes, IReadOnlyList<ListImpact> impacts)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < changes.Count; i++)
        {
            var article = changes[i].After!;
            paths.Add(article.Path + "index.html");
            if (impacts[i].Card)
            {
                paths.UnionWith(planner.PagesShowing(article));
                paths.UnionWith(PagesRelatingTo(article.Path));
            }
            paths.UnionWith(impacts[i].Snippets.Select(id => planner.EntityPageListing(id, article)));
        }
        return paths;
    }

    /// <summary>Article pages whose related list shows the article at <paramref name="path"/>, as last planned.</summary>
    private IEnumerable<string> PagesRelatingTo(string path) =>
        _pages.Where(p => p.View.Data is ArticleView v && v.Related.Any(c => c.Path == path)).Select(p => p.OutputPath);
}
