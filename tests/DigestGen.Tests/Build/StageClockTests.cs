using DigestGen.Build;

namespace DigestGen.Tests.Build;

/// <summary>Processor times are the whole process's: these tests run alone, so no other test's threads add to them.</summary>
[CollectionDefinition(nameof(StageClockTests), DisableParallelization = true)]
public sealed class StageClockCollection;

[Collection(nameof(StageClockTests))]
public sealed class StageClockTests
{
    [Fact]
    public void AStageRecordsTheCollectorsPausesInsideIt()
    {
        var clock = new StageClock();

        clock.Time("collects", () => GC.Collect(2, GCCollectionMode.Forced, blocking: true));
        clock.Time("collects nothing", () => { });

        Assert.Equal(["collects", "collects nothing"], clock.Timings.Select(t => t.Stage));
        Assert.True(clock.Timings[0].Paused > TimeSpan.Zero, "a blocking collection pauses the stage");
        Assert.True(clock.Timings[0].Paused <= clock.Timings[0].Elapsed);
        Assert.Equal(TimeSpan.Zero, clock.Timings[1].Paused);
    }

    [Fact]
    public void AStageThatCallsTheSystemRecordsTheKernelsPartOfItsProcessorTime()
    {
        var folder = Directory.CreateTempSubdirectory("stage-clock-");
        try
        {
            var clock = new StageClock();

            // Folders and files made and removed until the kernel's clock has moved (it counts in ticks of
            // 10 ms on Linux): bounded, so a system that never reports kernel time fails rather than hangs.
            clock.Time("makes files", () =>
            {
                var start = Own(p => p.PrivilegedProcessorTime);
                for (var i = 0; i < 200_000 && Own(p => p.PrivilegedProcessorTime) - start < TimeSpan.FromMilliseconds(50); i++)
                {
                    var sub = Path.Combine(folder.FullName, $"p{i}");
                    Directory.CreateDirectory(sub);
                    File.WriteAllBytes(Path.Combine(sub, "index.html"), new byte[4096]);
                    Directory.Delete(sub, recursive: true);
                }
            });

            // Arithmetic alone, until the process has used 100 ms of processor time in user mode.
            clock.Time("computes", () =>
            {
                var start = Own(p => p.UserProcessorTime);
                var x = 1UL;
                while (Own(p => p.UserProcessorTime) - start < TimeSpan.FromMilliseconds(100))
                {
                    for (var k = 0; k < 1_000_000; k++)
                    {
                        x = (x * 6364136223846793005UL) + 1442695040888963407UL;
                    }
                }
                GC.KeepAlive(x);
            });

            var (files, computing) = (clock.Timings[0], clock.Timings[1]);
            Assert.True(files.Kernel >= TimeSpan.FromMilliseconds(50), $"kernel time {files.Kernel} for a stage of system calls");
            Assert.True(files.Kernel <= files.Cpu, $"kernel {files.Kernel} is part of the processor time {files.Cpu}");
            Assert.True(computing.Cpu >= TimeSpan.FromMilliseconds(100), $"processor time {computing.Cpu} for a stage that computed");
            Assert.True(computing.Kernel < computing.Cpu / 2, $"kernel {computing.Kernel} of {computing.Cpu} for a stage that made no system call of its own");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>One of this process's processor times, read from a process object that is disposed at once.</summary>
    private static TimeSpan Own(Func<System.Diagnostics.Process, TimeSpan> time)
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return time(process);
    }
}
