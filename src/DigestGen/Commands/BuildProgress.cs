using DigestGen.Build;
using Spectre.Console;

namespace DigestGen.Cli;

/// <summary>
/// Runs a build and, when it is still going after <see cref="Delay"/> on a terminal, shows a
/// progress bar of its stages on stderr: quick builds stay silent, slow ones show they are alive.
/// </summary>
internal static class BuildProgress
{
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(1.5);

    /// <summary>The stages SiteBuilder reports today; the bar stretches if it gains more.</summary>
    private const int ExpectedStages = 7;

    public static BuildResult Run(BuildOptions options, bool show)
    {
        var stage = "starting";
        var done = 0;
        var builder = new SiteBuilder(options)
        {
            Clock = new StageClock { OnStage = s => { stage = s; Interlocked.Increment(ref done); } },
        };
        if (!show)
        {
            return builder.Build();
        }
        var build = Task.Run(builder.Build);
        if (build.Wait(Delay))
        {
            return build.Result;
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("building", maxValue: ExpectedStages);
                while (!build.Wait(100))
                {
                    task.MaxValue = Math.Max(ExpectedStages, Volatile.Read(ref done));
                    task.Value = Math.Max(0, Volatile.Read(ref done) - 1);
                    task.Description = Volatile.Read(ref stage);
                }
                task.Value = task.MaxValue;
            });
        return build.GetAwaiter().GetResult();
    }
}
