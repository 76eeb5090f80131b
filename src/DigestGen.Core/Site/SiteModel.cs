using DigestGen.Content;
using DigestGen.Entities;

namespace DigestGen.Site;

/// <summary>Everything the renderers need, computed once: the articles newest first and the indexes over them.</summary>
public sealed record SiteModel(
    DigestConfig Config,
    IReadOnlyList<ArticleEntry> Articles,
    Gazetteer Gazetteer,
    Linking.LinkIndex Links);
