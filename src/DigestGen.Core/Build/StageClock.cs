using System.Diagnostics;

namespace DigestGen.Build;

/// <summary>Times each named stage of a build, for <c>--verbose</c> and the benchmarks.</summary>
public sealed class StageClock
{
    private readonly List<StageTiming> _timings = [];

    public IReadOnlyList<StageTiming> Timings => _timings;

    public Action<string>? OnStage { get; init; }

    public T Time<T>(string stage, Func<T> work)
    {
        OnStage?.Invoke(stage);
        var watch = Stopwatch.StartNew();
        var result = work();
        _timings.Add(new StageTiming(stage, watch.Elapsed));
        return result;
    }

    public void Time(string stage, Action work) => Time(stage, () => { work(); return 0; });

    /// <summary>A fact about the last stage (e.g. how many pages the cache saved), listed with the timings.</summary>
    public void Note(string note) => _timings.Add(new StageTiming(note, TimeSpan.Zero));
}
