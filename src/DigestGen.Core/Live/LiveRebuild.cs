using DigestGen.Diagnostics;

namespace DigestGen.Live;

/// <summary>What a live rebuild did.</summary>
/// <param name="NeedsFullBuild">The change was not to articles alone (templates, settings, gazetteer, a new file): build again from scratch.</param>
/// <param name="Written">Pages rendered and written.</param>
/// <param name="Deleted">Pages no longer in the site, removed.</param>
/// <param name="Planned">Pages looked at: one per edited article when the edit changed nothing other pages show, else every page.</param>
public sealed record LiveRebuild(bool NeedsFullBuild, IReadOnlyList<Diagnostic> Diagnostics, int Written, int Deleted, int Planned)
{
    public static readonly LiveRebuild FullBuild = new(true, [], 0, 0, 0);

    public bool Succeeded => !NeedsFullBuild && !Diagnostics.Any(d => d.IsError);

    /// <summary>Nothing in the site changed: no page to reload, no feed or index to rewrite.</summary>
    public bool ChangedNothing => Succeeded && Written == 0 && Deleted == 0;
}
