using DigestGen.Arabic.Stemming;
using DigestGen.Output;
using DigestGen.Search;

namespace DigestGen.Tests.Search;

/// <summary>
/// Posting lists split by rank: a synthetic index written with two-entry pages answers every query exactly
/// as the same index written in one page, whether read whole or twenty at a time, and a first page of
/// results reads only the first pages of a long list.
/// </summary>
public sealed class SearchPagingTests : IDisposable
{
    private static readonly string[] Queries =
        ["نفط", "قمح", "نفط قمح", "قمح سكر", "نفط قمح سكر", "بنفط", "الصين", "الصين نفط", "سكر الصين قمح", "نف", "قم", "نفط زيت", "سكر نفط"];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "digestgen-paging-tests", Guid.NewGuid().ToString("N")[..10]);
    private readonly SearchIndex _index = Synthetic(new Random(7), 300);

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void PagedListsGiveTheSameResultsInTheSameOrder()
    {
        var paged = Write("paged", headPage: 2);
        var whole = Write("whole", headPage: 1_000_000);

        foreach (var query in Queries)
        {
            foreach (var live in new[] { false, true })
            {
                var expected = whole.Search(query, live).Select(r => (r.Document, r.Score)).ToList();
                Assert.Equal(expected, paged.Search(query, live).Select(r => (r.Document, r.Score)).ToList());
                var cursor = paged.Open(query, live);
                var read = new List<(int, int)>();
                for (var next = cursor.Next(20); next.Count > 0; next = cursor.Next(20))
                {
                    read.AddRange(next);
                }
                Assert.Equal(expected, read);
            }
        }
    }

    [Fact]
    public void RanksTheConjunctionByTheSumOfEachWordsBestField()
    {
        var engine = Write("whole", headPage: 1_000_000);
        var oil = _index.Postings["نفط"].ToDictionary(p => p.Doc, p => p.Weight);
        var wheat = _index.Postings["قمح"].ToDictionary(p => p.Doc, p => p.Weight);
        var expected = oil.Keys.Where(wheat.ContainsKey).Select(d => (d, oil[d] + wheat[d]))
            .OrderByDescending(r => r.Item2).ThenBy(r => r.d).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, engine.Search("نفط قمح").Select(r => (r.Document, r.Score)).ToList());
    }

    [Fact]
    public void TheFirstResultsOfAFrequentWordReadOnlyTheFirstPages()
    {
        var loaded = new List<string>();
        var engine = RecordingEngine(loaded);
        var cursor = engine.Open("نفط");
        IEnumerable<string> Pages() => loaded.Where(p => p.StartsWith("k/", StringComparison.Ordinal));

        Assert.Equal(21, cursor.Next(21).Count);
        Assert.Empty(Pages());
        Assert.Equal(40, cursor.Next(40).Count);
        // 32 entries in the shard, 128 in page 1: nothing further of a list of about 180.
        Assert.EndsWith(".1.json", Assert.Single(Pages()));
        Assert.True(Directory.GetFiles(Path.Combine(_root, "default", "search", "k")).Length > 2);
    }

    [Fact]
    public void AWordTheIndexLacksEndsAConjunctionWithoutReadingTheOtherWordsPages()
    {
        var loaded = new List<string>();
        var engine = RecordingEngine(loaded);
        var cursor = engine.Open("نفط زيت");

        Assert.Empty(cursor.Next(20));
        Assert.True(cursor.Complete);
        Assert.DoesNotContain(loaded, p => p.StartsWith("k/", StringComparison.Ordinal));
    }

    [Fact]
    public void ListsKeptFromTheLastWriteKeepTheirPagesAndOnlyNewListsAreSerialised()
    {
        var memo = new RankedPages();
        WriteWith(memo, "first", _index, headPage: 2);
        var all = memo.Serialised;
        Assert.Equal(_index.Postings.Values.Concat(_index.EntityPostings).Sum(list => Postings.Pages(list, 2).Count - 1), all);
        Assert.True(all > 10, $"{all} pages after the lists' first");

        // The same lists again: every page is taken as it was.
        WriteWith(memo, "again", _index, headPage: 2);
        Assert.Equal(0, memo.Serialised);
        Live.LiveSites.AssertSameFiles(Path.Combine(_root, "first"), Path.Combine(_root, "again"));

        // One list replaced (as an edit replaces the lists it touches): its pages alone are made again, and the
        // files are those of a writer that remembers nothing.
        var wheat = _index.Postings["قمح"].Where(p => p.Doc != 5).ToArray();
        var edited = _index with { Postings = new Dictionary<string, Posting[]>(_index.Postings, StringComparer.Ordinal) { ["قمح"] = wheat } };
        WriteWith(memo, "edited", edited, headPage: 2);
        Assert.Equal(Postings.Pages(wheat, 2).Count - 1, memo.Serialised);
        WriteWith(null, "fresh", edited, headPage: 2);
        Live.LiveSites.AssertSameFiles(Path.Combine(_root, "fresh"), Path.Combine(_root, "edited"));

        // Another head size is another set of pages.
        WriteWith(memo, "other-head", edited, headPage: 3);
        Assert.True(memo.Serialised > 0);
        WriteWith(null, "other-head-fresh", edited, headPage: 3);
        Live.LiveSites.AssertSameFiles(Path.Combine(_root, "other-head-fresh"), Path.Combine(_root, "other-head"));
    }

    private void WriteWith(RankedPages? memo, string name, SearchIndex index, int headPage)
    {
        using var output = OutputFolder.Open(Path.Combine(_root, name), []);
        new SearchIndexWriter(output, headPage, memo).Write(index, SearchRules.Default);
        output.Commit();
    }

    private SearchEngine Write(string name, int headPage)
    {
        var target = Path.Combine(_root, name);
        if (!Directory.Exists(target))
        {
            using var output = OutputFolder.Open(target, []);
            new SearchIndexWriter(output, headPage).Write(_index, SearchRules.Default);
            output.Commit();
        }
        return SearchEngine.FromSite(target);
    }

    /// <summary>Documents holding نفط (often), قمح, سكر, بنفط and the entity الصين, each in random fields.</summary>
    private static SearchIndex Synthetic(Random random, int documents)
    {
        (string Word, double Share)[] words = [("نفط", 0.6), ("قمح", 0.35), ("سكر", 0.1), ("بنفط", 0.2)];
        var postings = words.ToDictionary(w => w.Word, w => Postings.Rank(Draw(random, documents, w.Share)), StringComparer.Ordinal);
        var china = Postings.Rank(Draw(random, documents, 0.3));
        var analyzer = SearchAnalyzer.Default;
        return new SearchIndex(
            Enumerable.Range(0, documents).Select(i => new SearchDocument($"articles/a{i}/", $"مقال {i}", "2025-01-01", "ملخص")).ToList(),
            postings,
            words.ToDictionary(w => w.Word, w => w.Word, StringComparer.Ordinal),
            [new SearchEntity("china", "الصين")],
            [china],
            new Dictionary<string, IReadOnlyList<int>> { [EntityNames.KeyOf(analyzer, "الصين")] = [0] },
            new Dictionary<string, IReadOnlyList<string>>());
    }

    private static List<Posting> Draw(Random random, int documents, double share) =>
        Enumerable.Range(0, documents).Where(_ => random.NextDouble() < share).Select(d => new Posting(d, random.Next(1, 16))).ToList();

    /// <summary>An engine over the default index that notes every file it reads.</summary>
    private SearchEngine RecordingEngine(List<string> loaded)
    {
        Write("default", SearchFormat.HeadPage);
        return new SearchEngine(path =>
        {
            loaded.Add(path);
            var full = Path.Combine(_root, "default", "search", path);
            return File.Exists(full) ? File.ReadAllText(full) : null;
        });
    }
}
