using System.Diagnostics;
using DigestGen.Rendering;

namespace DigestGen.Build;

/// <summary>Where page rendering spent its time, by kind of page (article, entity, tag…), for <c>build --verbose</c>.</summary>
public static class RenderTimes
{
    /// <param name="pages">The pages of the build.</param>
    /// <param name="ticks"><see cref="Stopwatch"/> ticks each page took to render and write, index for index; 0 for a page reused, not rendered.</param>
    /// <returns>The kinds that rendered any page, the most time first (then by name, for a stable listing).</returns>
    public static IReadOnlyList<(string Kind, int Count, TimeSpan Time)> ByKind(IReadOnlyList<Page> pages, IReadOnlyList<long> ticks)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(ticks.Count, pages.Count);
        var kinds = new Dictionary<string, (int Count, long Ticks)>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            if (ticks[i] > 0)
            {
                var (count, sum) = kinds.GetValueOrDefault(pages[i].Kind);
                kinds[pages[i].Kind] = (count + 1, sum + ticks[i]);
            }
        }
        return [.. kinds
            .Select(k => (k.Key, k.Value.Count, Stopwatch.GetElapsedTime(0, k.Value.Ticks)))
            .OrderByDescending(k => k.Item3)
            .ThenBy(k => k.Key, StringComparer.Ordinal)];
    }
}
