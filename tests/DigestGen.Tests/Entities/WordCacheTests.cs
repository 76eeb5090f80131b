using DigestGen.Entities;

namespace DigestGen.Tests.Entities;

public sealed class WordCacheTests
{
    [Fact]
    public void KeepsWordsUntilTheBoundThenOnlyComputes()
    {
        var cache = new WordCache<int>(bound: 2);
        var computed = 0;
        int Length(string w)
        {
            computed++;
            return w.Length;
        }

        Assert.Equal(3, cache.GetOrAdd("بكين", _ => 3));
        Assert.Equal(5, cache.GetOrAdd("الصين", Length));
        Assert.Equal(3, cache.GetOrAdd("بكين", Length));       // kept: not computed again
        Assert.Equal(4, cache.GetOrAdd("غوغل", Length));       // over the bound: computed, not kept
        Assert.Equal(4, cache.GetOrAdd("غوغل", Length));
        Assert.False(cache.TryGetValue("غوغل", out _));
        Assert.Equal(3, computed);
    }

    [Fact]
    public void TheFirstValueKeptForAWordWins()
    {
        var cache = new WordCache<string>(bound: 10);
        var first = new string("علي بابا".AsSpan());
        var second = new string("علي بابا".AsSpan());

        Assert.Same(first, cache.Add("علي بابا", first));
        Assert.Same(first, cache.Add("علي بابا", second));
        Assert.True(cache.BySpan().TryGetValue("علي بابا".AsSpan(), out var found));
        Assert.Same(first, found);
    }

    [Fact]
    public void ManyThreadsNeverKeepMoreThanTheBound()
    {
        var cache = new WordCache<int>(bound: 100);
        Parallel.For(0, 10_000, i => cache.GetOrAdd("كلمة" + i, w => w.Length));

        var kept = Enumerable.Range(0, 10_000).Count(i => cache.TryGetValue("كلمة" + i, out _));
        Assert.InRange(kept, 1, 100);
    }
}
