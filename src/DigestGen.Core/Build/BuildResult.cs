using DigestGen.Diagnostics;

namespace DigestGen.Build;

public sealed record StageTiming(string Stage, TimeSpan Elapsed);

public sealed record BuildResult(
    bool Succeeded,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<StageTiming> Timings,
    int Articles,
    int Entities,
    int Pages)
{
    public TimeSpan Total => Timings.Where(StageClock.IsTopLevel).Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Elapsed);
}
