using System.Diagnostics;
using DigestGen.Build;
using DigestGen.Rendering;

namespace DigestGen.Tests.Build;

public sealed class RenderTimesTests
{
    private static Page PageOf(string kind, string path) =>
        new($"{path}index.html", kind, new PageView { Kind = kind, Title = "عنوان", Path = path });

    [Fact]
    public void SumsEachKindsPagesAndListsTheSlowestKindFirst()
    {
        Page[] pages = [PageOf("article", "articles/a/"), PageOf("entity", "entities/ali/"), PageOf("article", "articles/b/"), PageOf("entity", "entities/ali/page/2/"), PageOf("home", "")];
        var second = Stopwatch.Frequency;
        long[] ticks = [2 * second, second, 3 * second, second / 2, second / 4];

        var times = RenderTimes.ByKind(pages, ticks);

        Assert.Equal(["article", "entity", "home"], times.Select(t => t.Kind));
        Assert.Equal([2, 2, 1], times.Select(t => t.Count));
        Assert.Equal([5.0, 1.5, 0.25], times.Select(t => Math.Round(t.Time.TotalSeconds, 3)));
    }

    [Fact]
    public void APageReusedFromTheLastBuildIsNotCounted()
    {
        Page[] pages = [PageOf("article", "articles/a/"), PageOf("tag", "tags/x/"), PageOf("article", "articles/b/")];

        var times = RenderTimes.ByKind(pages, [0, 10, 0]);

        var only = Assert.Single(times);
        Assert.Equal(("tag", 1), (only.Kind, only.Count));
    }

    [Fact]
    public void KindsThatTookTheSameTimeAreListedByName()
    {
        Page[] pages = [PageOf("tag", "tags/x/"), PageOf("source", "sources/y/"), PageOf("archive", "archive/")];

        Assert.Equal(["archive", "source", "tag"], RenderTimes.ByKind(pages, [7, 7, 7]).Select(t => t.Kind));
    }

    [Fact]
    public void TimesMustMatchThePagesOneForOne() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RenderTimes.ByKind([PageOf("home", "")], [1, 2]));
}
