using System.Text.Json;
using DigestGen.Arabic.Stemming;
using DigestGen.Output;
using DigestGen.Search;

namespace DigestGen.BrowserTests;

/// <summary>
/// The script's cursor over posting lists cut into two-entry pages gives what the C# engine gives, whole
/// and twenty at a time. The example digest is too small for its lists to span pages, so a synthetic index
/// (300 articles, frequent words, an entity) is written beside it and read by a second script engine.
/// </summary>
[Collection("site")]
public sealed class SearchPagingParityTests(SiteFixture site)
{
    private static readonly (string Query, bool Live)[] Queries =
        [("نفط", false), ("نفط قمح", false), ("نفط قمح سكر", false), ("بنفط", false), ("الصين نفط", false), ("سكر الصين قمح", false), ("نف", true), ("قمح نف", true), ("سكر نفط", false)];

    [Fact]
    public async Task ScriptReadsPagedListsLikeCSharp()
    {
        var folder = Path.Combine(site.OutputDirectory, "paged-index");
        if (!Directory.Exists(folder))
        {
            using var output = OutputFolder.Open(folder, []);
            new SearchIndexWriter(output, headPage: 2).Write(Synthetic(new Random(11), 300), SearchRules.Default);
            output.Commit();
        }
        var engine = SearchEngine.FromSite(folder);
        var observed = await site.OpenAsync("search/");

        var js = await observed.Page.EvaluateAsync<JsonElement>(@"async ([url, queries]) => {
            const engine = window.digestgen.searchEngineAt(url);
            const pairs = hits => hits.map(h => [h.doc, h.score]);
            const out = [];
            for (const [q, live] of queries) {
              const all = pairs(await (await engine.open(q, live)).cursor.next(Infinity));
              const cursor = (await engine.open(q, live)).cursor;
              const paged = [];
              for (let next = await cursor.next(20); next.length > 0; next = await cursor.next(20)) paged.push(...pairs(next));
              out.push({ all, paged });
            }
            return out;
          }", new object[] { "paged-index/search/", Queries.Select(q => new object[] { q.Query, q.Live }).ToArray() });

        foreach (var ((query, live), answer) in Queries.Zip(js.EnumerateArray()))
        {
            var expected = engine.Search(query, live).Select(r => $"{r.Document}:{r.Score}").ToList();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, Pairs(answer.GetProperty("all")));
            Assert.Equal(expected, Pairs(answer.GetProperty("paged")));
        }
        Assert.Empty(observed.ConsoleErrors);
        await observed.CloseAsync();
    }

    private static List<string> Pairs(JsonElement hits) =>
        hits.EnumerateArray().Select(h => $"{h[0].GetInt32()}:{h[1].GetInt32()}").ToList();

    /// <summary>Documents holding نفط (often), قمح, سكر, بنفط and the entity الصين, each in random fields.</summary>
    private static SearchIndex Synthetic(Random random, int documents)
    {
        (string Word, double Share)[] words = [("نفط", 0.6), ("قمح", 0.35), ("سكر", 0.1), ("بنفط", 0.2)];
        List<Posting> Draw(double share) =>
            Enumerable.Range(0, documents).Where(_ => random.NextDouble() < share).Select(d => new Posting(d, random.Next(1, 16))).ToList();
        return new SearchIndex(
            Enumerable.Range(0, documents).Select(i => new SearchDocument($"articles/a{i}/", $"مقال {i}", "2025-01-01", "ملخص")).ToList(),
            words.ToDictionary(w => w.Word, w => Postings.Rank(Draw(w.Share)), StringComparer.Ordinal),
            words.ToDictionary(w => w.Word, w => w.Word, StringComparer.Ordinal),
            [new SearchEntity("china", "الصين")],
            [Postings.Rank(Draw(0.3))],
            new Dictionary<string, IReadOnlyList<int>> { [EntityNames.KeyOf(SearchAnalyzer.Default, "الصين")] = [0] },
            new Dictionary<string, IReadOnlyList<string>>());
    }
}
