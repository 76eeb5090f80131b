using System.Diagnostics;

namespace DigestGen.Build;

/// <summary>
/// Times each named stage of a build, for <c>--verbose</c> and the benchmarks. A stage timed
/// inside another is listed indented under it and not counted twice in the total.
/// </summary>
public sealed class StageClock
{
    private const string Indent = "  ";
    private readonly List<StageTiming> _timings = [];
    private int _depth;

    public IReadOnlyList<StageTiming> Timings => _timings;

    public Action<string>? OnStage { get; init; }

    public T Time<T>(string stage, Func<T> work)
    {
        OnStage?.Invoke(stage);
        var name = string.Concat(Enumerable.Repeat(Indent, _depth)) + stage;
        var index = _timings.Count;
        _timings.Add(new StageTiming(name, TimeSpan.Zero));
        var allocated = GC.GetTotalAllocatedBytes();
        var (cpu, kernel) = ProcessorTime();
        var paused = GC.GetTotalPauseDuration();
        var watch = Stopwatch.StartNew();
        _depth++;
        try
        {
            return work();
        }
        finally
        {
            _depth--;
            var (cpuAfter, kernelAfter) = ProcessorTime();
            _timings[index] = new StageTiming(name, watch.Elapsed, GC.GetTotalAllocatedBytes() - allocated, PeakWorkingSet(), cpuAfter - cpu,
                GC.GetTotalPauseDuration() - paused, kernelAfter - kernel);
        }
    }

    public void Time(string stage, Action work) => Time(stage, () => { work(); return 0; });

    /// <summary>
    /// Runs jobs side by side and lists each one's wall time under the stage running them: which of
    /// them the stage waited for. (Processor time and memory are the stage's, not split by job.)
    /// </summary>
    public void TimeSideBySide(IReadOnlyList<(string Job, Action Work)> jobs)
    {
        var elapsed = new TimeSpan[jobs.Count];
        Parallel.For(0, jobs.Count, i =>
        {
            var watch = Stopwatch.StartNew();
            jobs[i].Work();
            elapsed[i] = watch.Elapsed;
        });
        var indent = string.Concat(Enumerable.Repeat(Indent, _depth));
        for (var i = 0; i < jobs.Count; i++)
        {
            _timings.Add(new StageTiming(indent + jobs[i].Job, elapsed[i]));
        }
    }

    /// <summary>A fact about the last stage (e.g. how many pages the cache saved), listed with the timings.</summary>
    public void Note(string note) => _timings.Add(new StageTiming(Indent + note, TimeSpan.Zero));

    /// <summary>A share of the last stage measured by the stage itself (e.g. the time spent on one kind of page), listed under it.</summary>
    public void Part(string part, TimeSpan elapsed) => _timings.Add(new StageTiming(Indent + Indent + part, elapsed));

    // The kernel's share beside the total: at 10,000 articles a clean build spent a sixth to a quarter of its
    // processor time there, creating 45,000 folders and 58,000 files, which no profile of our own code shows.
    private static (TimeSpan Total, TimeSpan Kernel) ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        var kernel = process.PrivilegedProcessorTime;
        return (kernel + process.UserProcessorTime, kernel);
    }

    // Where the peak rises is where memory goes: read after each stage, it shows which one set it.
    private static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    /// <summary>True for a top-level stage: the ones a build's total adds up.</summary>
    public static bool IsTopLevel(StageTiming timing) => !timing.Stage.StartsWith(Indent, StringComparison.Ordinal);
}
