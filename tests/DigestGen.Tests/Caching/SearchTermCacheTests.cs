using DigestGen.Arabic.Stemming;
using DigestGen.Caching;
using DigestGen.Search;
using static DigestGen.Tests.Support.CacheBytes;

namespace DigestGen.Tests.Caching;

/// <summary>The search term cache gives back each article's words, readings and entities as they were put, keeps only
/// the words the latest build's articles have, and treats a file it cannot read or trust as a miss.</summary>
public sealed class SearchTermCacheTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "digestgen-search-cache-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    /// <summary>A word and its readings as the index analyses it: clitics peeled, each surface with its stem.</summary>
    private static (string Text, (string Surface, string Key)[] Readings) Analysed(string word) =>
        (word, [.. SearchAnalyzer.Default.Surfaces(word).Select(s => (s, SearchAnalyzer.Default.Stem(s)))]);

    private static void Put(SearchTermCache cache, string hash, (string Word, int Fields)[] words, params (int Entity, int Fields)[] entities) =>
        cache.Put(hash, new SearchTerms(
            [.. words.Select(w => SearchTerms.Pack(cache.Number(w.Word, Analysed(w.Word).Readings), w.Fields))],
            [.. entities.Select(e => SearchTerms.Pack(e.Entity, e.Fields))]));

    [Fact]
    public void SavedTermsComeBackWithTheirReadingsAndAWordSharedByArticlesIsStoredOnce()
    {
        var first = SearchTermCache.Open(_root, "key", read: true);
        Put(first, "hash-1", [("وبالرياض", SearchFields.Body), ("سامسونغ", SearchFields.Title | SearchFields.Body), ("Galaxy", SearchFields.Body)], (3, SearchFields.Body));
        Put(first, "hash-2", [("سامسونغ", SearchFields.Summary), ("للمطورين", SearchFields.Body)]);
        first.Save();

        var second = SearchTermCache.Open(_root, "key", read: true);

        Assert.Equal(2, second.Count);
        Assert.Equal(4, second.LoadedWords);
        Assert.True(second.TryGet("hash-1", out var one));
        Assert.True(second.TryGet("hash-2", out var two));
        Assert.False(second.TryGet("hash-3", out _));
        Assert.Equal([SearchTerms.Pack(3, SearchFields.Body)], one.Entities);
        Assert.Equal((3, SearchFields.Body), (SearchTerms.NumberOf(one.Entities[0]), SearchTerms.FieldsOf(one.Entities[0])));
        Assert.Empty(two.Entities);
        Assert.Equal([("وبالرياض", SearchFields.Body), ("سامسونغ", SearchFields.Title | SearchFields.Body), ("Galaxy", SearchFields.Body)], Words(second, one));
        Assert.Equal([("سامسونغ", SearchFields.Summary), ("للمطورين", SearchFields.Body)], Words(second, two));
        // The readings are those the analyser gives: و and بال peeled from الرياض, each reading keyed by its stem.
        var riyadh = second.Word(SearchTerms.NumberOf(one.Words[0]));
        Assert.Equal(Analysed("وبالرياض").Readings, riyadh.Readings);
        Assert.Contains(riyadh.Readings, r => r.Surface == "رياض");
        // One word, one number: both articles name سامسونغ by the same one, and the file has its text once.
        Assert.Equal(SearchTerms.NumberOf(one.Words[1]), SearchTerms.NumberOf(two.Words[0]));
        var file = Assert.Single(Directory.GetFiles(_root));
        Assert.EndsWith("search-key.bin", file, StringComparison.Ordinal);
        Assert.Equal(1, Occurrences(File.ReadAllBytes(file), [(byte)"سامسونغ"u8.Length, .. "سامسونغ"u8]));
    }

    /// <summary>Only the articles of the latest build are kept, and only the words they have: an article edited away takes its own words with it.</summary>
    [Fact]
    public void WordsOnlyAnArticleNoLongerBuiltHadAreNotKept()
    {
        var first = SearchTermCache.Open(_root, "key", read: true);
        Put(first, "old", [("كوارك", SearchFields.Body), ("بكين", SearchFields.Body)]);
        Put(first, "kept", [("بكين", SearchFields.Title)]);
        first.Save();

        var second = SearchTermCache.Open(_root, "key", read: true);
        Assert.True(second.TryGet("kept", out var kept));
        second.Keep("kept", kept);
        Put(second, "new", [("ديبسيك", SearchFields.Body), ("بكين", SearchFields.Body)]);
        second.Save();
        Assert.Equal((1, 1), (second.Hits, second.Misses));

        var third = SearchTermCache.Open(_root, "key", read: true);
        Assert.Equal(2, third.Count);
        Assert.False(third.TryGet("old", out _));
        Assert.True(third.TryGet("new", out var fresh));
        Assert.Equal([("ديبسيك", SearchFields.Body), ("بكين", SearchFields.Body)], Words(third, fresh));
        Assert.Equal(["بكين", "ديبسيك"], Enumerable.Range(0, third.LoadedWords).Select(n => third.Word(n).Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ABuildThatReadNothingAfreshAndDroppedNothingLeavesTheFileAsItWas()
    {
        var first = SearchTermCache.Open(_root, "key", read: true);
        Put(first, "a", [("بكين", SearchFields.Body)]);
        first.Save();
        var path = Assert.Single(Directory.GetFiles(_root));
        var written = File.GetLastWriteTimeUtc(path);
        File.SetLastWriteTimeUtc(path, written.AddHours(-1));

        var second = SearchTermCache.Open(_root, "key", read: true);
        Assert.True(second.TryGet("a", out var a));
        second.Keep("a", a);
        second.Save();

        Assert.Equal(written.AddHours(-1), File.GetLastWriteTimeUtc(path));
    }

    [Theory]
    [MemberData(nameof(Damages), MemberType = typeof(Support.CacheBytes))]
    public void ADamagedFileIsAMiss(string damage)
    {
        var bytes = Damaged(Encoded([("بكين", SearchFields.Body)]), damage);
        Directory.CreateDirectory(_root);
        File.WriteAllBytes(Path.Combine(_root, "search-key.bin"), bytes);

        Assert.Null(SearchTermCacheFile.Decode(bytes));
        var cache = SearchTermCache.Open(_root, "key", read: true);
        Assert.Equal((0, 0), (cache.Count, cache.LoadedWords));
        Assert.False(cache.TryGet("hash-1", out _));
    }

    /// <summary>A file whose checksum holds but that names a word it does not have, or a term in no field, is a miss too.</summary>
    [Fact]
    public void ContentsThatDoNotCheckOutAreAMissEvenWithTheRightChecksum()
    {
        var good = Encoded([("بكين", SearchFields.Body)]);
        // The article's last word is its number (0) and fields (Body) packed in one byte; the entity count (0) follows, then the checksum.
        Assert.Equal(SearchTerms.Pack(0, SearchFields.Body), good[^10]);
        var noField = Resealed([.. good[..^8]], b => b[^2] = 0);
        var pastTheTable = Resealed([.. good[..^8]], b => b[^2] = (byte)SearchTerms.Pack(1, SearchFields.Body));
        var trailing = Resealed([.. good[..^8], 0], _ => { });

        Assert.NotNull(SearchTermCacheFile.Decode(good));
        Assert.Null(SearchTermCacheFile.Decode(noField));
        Assert.Null(SearchTermCacheFile.Decode(pastTheTable));
        Assert.Null(SearchTermCacheFile.Decode(trailing));
    }

    /// <summary>Another key's file is deleted (the gazetteer or settings changed); another build's file in the making is not.</summary>
    [Fact]
    public void OpeningDeletesOtherKeysFilesButNotAWriteInProgress()
    {
        Directory.CreateDirectory(_root);
        foreach (var name in new[] { "search-old.bin", "search-other.bin.4242.tmp", "entities-key.bin", "state-abc.json" })
        {
            File.WriteAllText(Path.Combine(_root, name), "x");
        }

        SearchTermCache.Open(_root, "key", read: true);

        Assert.Equal(["entities-key.bin", "search-other.bin.4242.tmp", "state-abc.json"],
            Directory.GetFiles(_root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ATextThatIsNotUnicodeLeavesNoFile()
    {
        var cache = SearchTermCache.Open(_root, "key", read: true);
        cache.Put("hash-1", new SearchTerms([SearchTerms.Pack(cache.Number("بكين\uD800", [("بكين\uD800", "بكين\uD800")]), SearchFields.Body)], []));

        cache.Save();

        Assert.False(Directory.Exists(_root) && Directory.EnumerateFiles(_root).Any());
    }

    /// <summary>The file of one article ("hash-1") with these words, numbered in order, and no entity.</summary>
    private static byte[] Encoded((string Word, int Fields)[] words)
    {
        var all = words.Select(w => Analysed(w.Word)).Select(a => new CachedWord(a.Text, a.Readings)).ToList();
        var terms = new SearchTerms([.. words.Select((w, n) => SearchTerms.Pack(n, w.Fields))], []);
        return SearchTermCacheFile.Encode(new Dictionary<string, SearchTerms> { ["hash-1"] = terms }, n => all[n]);
    }

    private static (string, int)[] Words(SearchTermCache cache, SearchTerms terms) =>
        [.. terms.Words.Select(packed => (cache.Word(SearchTerms.NumberOf(packed)).Text, SearchTerms.FieldsOf(packed)))];

    [Fact]
    public void ANumberAndItsFieldsPackIntoOneAndComeApartAsTheyWere()
    {
        foreach (var (number, fields) in new[] { (0, SearchFields.Body), (70_000, SearchFields.Title | SearchFields.Tag), ((1 << 27) - 1, 15) })
        {
            var packed = SearchTerms.Pack(number, fields);
            Assert.Equal((number, fields), (SearchTerms.NumberOf(packed), SearchTerms.FieldsOf(packed)));
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => SearchTerms.Pack(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SearchTerms.Pack(1, 16));
        Assert.Throws<ArgumentOutOfRangeException>(() => SearchTerms.Pack(1 << 27, SearchFields.Body));
        Assert.Throws<ArgumentOutOfRangeException>(() => SearchTerms.Pack(-1, SearchFields.Body));
    }
}
