using DigestGen.Diagnostics;

namespace DigestGen.Build;

/// <param name="Allocated">Bytes the whole process allocated during the stage (every thread): memory churn is the other half of speed.</param>
/// <param name="PeakWorkingSet">The process's peak working set when the stage ended: the stage where it rises set the peak.</param>
/// <param name="Cpu">Processor time of the whole process over the stage (every thread, the collector's too):
/// against <paramref name="Elapsed"/> it shows a stage that leaves cores idle.</param>
/// <param name="Kernel">The part of <paramref name="Cpu"/> spent in the operating system (creating folders and files, writing them).</param>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, long Allocated = 0, long PeakWorkingSet = 0, TimeSpan Cpu = default, TimeSpan Paused = default,
    TimeSpan Kernel = default);

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
