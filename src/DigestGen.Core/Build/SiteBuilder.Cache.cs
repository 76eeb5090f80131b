using DigestGen.Caching;

namespace DigestGen.Build;

public sealed partial class SiteBuilder
{
    /// <summary>Nothing changed since the last build: the committed site stands, its warnings are reported again.</summary>
    private BuildResult UpToDate(BuildState previous)
    {
        Clock.Note("(nothing changed since the last build)");
        return new(true, previous.Warnings, Clock.Timings, previous.Articles, previous.Entities, previous.Pages);
    }

    private void SaveCache(BuildCache cache, ContentSet content, BuildResult result, string outputStamp)
    {
        cache.Save(new BuildState
        {
            Format = BuildState.CurrentFormat,
            InputKey = cache.Keys.Input,
            PageKey = cache.Keys.Pages,
            OutputDirectory = Path.GetFullPath(options.OutputDirectory),
            NextScheduled = content.NextScheduled,
            Warnings = result.Diagnostics.Where(d => !d.IsError).ToList(),
            Unpublished = content.Unpublished.Select(u => u.ToString()).ToList(),
            Articles = result.Articles,
            Entities = result.Entities,
            Pages = result.Pages,
            PageFingerprints = _pageCache?.Fingerprints ?? new Dictionary<string, string>(),
            OutputStamp = outputStamp,
            Index = cache.Keys.Index,
        });
    }
}
