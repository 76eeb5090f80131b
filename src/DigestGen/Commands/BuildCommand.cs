using System.CommandLine;
using DigestGen.Build;
using DigestGen.Output;

namespace DigestGen.Cli;

internal static class BuildCommand
{
    public static Command Create(ConsoleStreams console)
    {
        var content = CommonOptions.Content();
        var templates = CommonOptions.Templates();
        var output = CommonOptions.Output();
        var baseUrl = CommonOptions.BaseUrl();
        var drafts = CommonOptions.Drafts();
        var future = CommonOptions.Future();
        var noCache = new Option<bool>("--no-cache") { Description = "ignore the incremental cache and rebuild everything" };
        var verbose = CommonOptions.Verbose();
        var quiet = CommonOptions.Quiet();
        var command = new Command("build", "Build the site into the output folder.")
        {
            content, templates, output, baseUrl, drafts, future, noCache, verbose, quiet,
        };
        command.SetAction(parse => Run(console, new BuildOptions
        {
            ContentDirectory = parse.GetValue(content)!,
            TemplatesDirectory = BundledTheme.Resolve(parse.GetValue(templates)!),
            OutputDirectory = parse.GetValue(output)!,
            BaseUrl = parse.GetValue(baseUrl),
            IncludeDrafts = parse.GetValue(drafts),
            IncludeFuture = parse.GetValue(future),
            NoCache = parse.GetValue(noCache),
        }, parse.GetValue(verbose), parse.GetValue(quiet)));
        return command;
    }

    private static int Run(ConsoleStreams console, BuildOptions options, bool verbose, bool quiet)
    {
        BuildResult result;
        try
        {
            result = BuildProgress.Run(options, show: !quiet && Terminal.IsInteractive(console.Error));
        }
        catch (OutputRefusedException e)
        {
            console.Error.WriteLine($"error: {e.Message} ({e.Hint})");
            return CommandLine.UsageErrors;
        }
        catch (Exception e) when (FileSystemFailure(e) is { } failure)
        {
            // A full disk or a path that cannot be written: the staging folder is gone, the previous site untouched.
            console.Error.WriteLine($"error: the build stopped: {failure.Message} (nothing was replaced: {options.OutputDirectory.TrimEnd('/')}/ is as it was; "
                + "free some disk space, or give --output a folder that can be written, then build again)");
            return CommandLine.ContentErrors;
        }
        var code = DiagnosticPrinter.Print(result.Diagnostics, console.Error, quiet);
        if (verbose && !quiet)
        {
            PrintTimings(console.Out, result);
        }
        if (result.Succeeded && !quiet)
        {
            console.Out.WriteLine(Summary(result, options.OutputDirectory));
        }
        return result.Succeeded ? CommandLine.Ok : Math.Max(code, CommandLine.ContentErrors);
    }

    /// <summary>
    /// The file system's refusal behind a failed build (no space left, no permission, a file where a folder
    /// must go), however deep the parallel stages wrapped it; null for any other failure, which is a bug.
    /// </summary>
    internal static Exception? FileSystemFailure(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException => e,
        AggregateException all => all.Flatten().InnerExceptions.Select(FileSystemFailure).FirstOrDefault(inner => inner is not null),
        _ => null,
    };

    /// <summary>One line a person can read at a glance and a script can grep.</summary>
    public static string Summary(BuildResult result, string outputDirectory)
    {
        var warnings = result.Diagnostics.Count(d => !d.IsError);
        var warned = warnings == 0 ? "" : $", {warnings} warning(s)";
        return $"Built {result.Pages} pages ({result.Articles} articles, {result.Entities} entities{warned}) into {outputDirectory.TrimEnd('/')}/ in {result.Total.TotalSeconds:F2} s.";
    }

    private static void PrintTimings(TextWriter output, BuildResult result)
    {
        PrintStages(output, result.Timings);
        // Memory is the other half of speed at newsroom scale: say what the collector did.
        var gc = GC.GetGCMemoryInfo(GCKind.Any);
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        output.WriteLine($"  memory             {GC.GetTotalAllocatedBytes() / 1048576.0,8:F0} MiB allocated, peak working set "
            + $"{process.PeakWorkingSet64 / 1048576.0:F0} MiB; collections gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, "
            + $"gen2 {GC.CollectionCount(2)}, paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms ({gc.PauseTimePercentage:F1} %)");
        // The whole run's processor time and the kernel's part of it, stages and start-up alike.
        output.WriteLine($"  processor          {process.TotalProcessorTime.TotalMilliseconds,8:F0} ms cpu, "
            + $"{process.PrivilegedProcessorTime.TotalMilliseconds:F0} ms of it in the kernel");
        // Code the binary did not carry precompiled, and hot code compiled again optimised, is compiled while the build runs.
        output.WriteLine($"  compiled code      {System.Runtime.JitInfo.GetCompiledMethodCount(),8} methods in "
            + $"{System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms");
    }

    /// <summary>One line per stage: wall time, processor time, memory allocated and the peak after it.</summary>
    internal static void PrintStages(TextWriter output, IEnumerable<StageTiming> timings)
    {
        foreach (var t in timings)
        {
            // CPU beside wall time: a stage whose CPU is less than cores × wall leaves cores idle.
            // The kernel's part of it: rendering the pages of a large site spends over a quarter of its processor time there.
            var cpu = t.Cpu > TimeSpan.Zero ? $" cpu {t.Cpu.TotalMilliseconds,6:F0} ms (kernel {t.Kernel.TotalMilliseconds,5:F0} ms)" : "";
            var allocated = t.Allocated > 0 ? $" {t.Allocated / 1048576.0,8:F0} MiB allocated, peak {t.PeakWorkingSet / 1048576.0,6:F0} MiB" : "";
            // The collector's pauses inside a stage: on serve's large heap a stage can be slow for that alone.
            var paused = t.Paused >= TimeSpan.FromMilliseconds(1) ? $", GC paused {t.Paused.TotalMilliseconds:F0} ms" : "";
            output.WriteLine($"  {t.Stage,-18} {t.Elapsed.TotalMilliseconds,8:F0} ms{cpu}{allocated}{paused}");
        }
    }
}
