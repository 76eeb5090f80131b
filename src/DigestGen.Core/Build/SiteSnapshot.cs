using DigestGen.Rendering;
using DigestGen.Site;

namespace DigestGen.Build;

/// <summary>
/// What a finished build knew, kept in memory by <c>serve</c> so an edit re-reads one file and
/// re-renders only the pages it changes (<see cref="Live.LiveSite"/>) instead of building again.
/// </summary>
/// <param name="Fingerprints">Each page's fingerprint (<see cref="Caching.PageFingerprint"/>) by output path.</param>
/// <param name="Files">Every file of the built site with its size and time, pages and the rest.</param>
/// <param name="Search">The search index's builder, remembering what each article put in the index.</param>
/// <param name="Data">Each article's and entity's JSON in the data files, as last written.</param>
public sealed record SiteSnapshot(
    BuildOptions Options,
    ContentSet Content,
    TemplateSet Templates,
    SiteModel Model,
    IReadOnlyList<Page> Pages,
    IReadOnlyDictionary<string, string> Fingerprints,
    IReadOnlyList<Caching.OutputStamp.Entry> Files,
    Search.SearchIndexBuilder Search,
    Output.DataFragments Data);
