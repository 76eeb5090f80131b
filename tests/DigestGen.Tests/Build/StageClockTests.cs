using DigestGen.Build;

namespace DigestGen.Tests.Build;

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
}
