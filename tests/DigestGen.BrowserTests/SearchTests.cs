using System.Text.Json;
using DigestGen.Arabic.Stemming;
using DigestGen.Search;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace DigestGen.BrowserTests;

[Collection("site")]
public sealed class SearchTests(SiteFixture site, ITestOutputHelper output)
{
    private const string Results = "[data-search-results]";

    private async Task<(ObservedPage Page, List<string> Slugs)> SearchPageAsync(string query)
    {
        var observed = await site.OpenAsync("search/?q=" + Uri.EscapeDataString(query));
        await observed.Page.WaitForFunctionAsync("q => document.querySelector('[data-search-results]').dataset.searchQuery === q", query);
        var hrefs = await observed.Page.EvalOnSelectorAllAsync<string[]>(Results + " a", "links => links.map(a => a.href)");
        return (observed, hrefs.Select(SlugOf).ToList());
    }

    private static string SlugOf(string url) => url.TrimEnd('/').Split('/')[^1];

    [Fact]
    public async Task FindsAnArticleThatWritesTheNameOnlyWithAClitic()
    {
        var (page, slugs) = await SearchPageAsync("الصين");

        Assert.Contains("hybrid-thinking-explainer", slugs);
        var firstResult = await page.Page.EvaluateAsync<double>("performance.getEntriesByName('digestgen:first-result')[0].startTime");
        output.WriteLine($"first result {firstResult:F0} ms after navigation");
        Assert.Empty(page.ConsoleErrors);
        Assert.Empty(page.ForeignRequests);
        await page.CloseAsync();
    }

    [Fact]
    public async Task FindsAHamzaSpelledNameTypedWithoutHamza()
    {
        var (page, slugs) = await SearchPageAsync("اوبن ايه اي");

        Assert.Contains("openai-open-weights", slugs);
        await page.CloseAsync();
    }

    [Fact]
    public async Task FindsAnArticleThatSpellsTheNameAnotherWay()
    {
        var (page, slugs) = await SearchPageAsync("جوجل");

        Assert.Contains("claude-3-7-sonnet", slugs);
        Assert.Contains("qwen3-release", slugs);
        await page.CloseAsync();
    }

    [Fact]
    public async Task ShowsTwentyResultsThenTheRestOnMore()
    {
        var (page, slugs) = await SearchPageAsync("الذكاء الاصطناعي");
        var more = page.Page.Locator("[data-search-more]");

        Assert.Equal(20, slugs.Count);
        Assert.True(await more.IsVisibleAsync());
        await more.ClickAsync();
        await page.Page.WaitForFunctionAsync("() => document.querySelectorAll('[data-search-results] a').length > 20");
        Assert.Equal(21, await page.Page.Locator(Results + " a").CountAsync());
        Assert.False(await more.IsVisibleAsync());
        Assert.Contains("21", await page.Page.Locator("[data-search-status]").TextContentAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task MarksTheArabicSpellingOfANameTypedInLatin()
    {
        var (page, slugs) = await SearchPageAsync("Google");
        var marked = await page.Page.EvalOnSelectorAllAsync<string[]>(Results + " mark", "marks => marks.map(m => m.textContent)");

        Assert.NotEmpty(slugs);
        // The gazetteer's Arabic spellings (غوغل, جوجل) come with the entity's postings, not from the typed word.
        Assert.Contains(marked, m => m.Contains("غوغل", StringComparison.Ordinal) || m.Contains("جوجل", StringComparison.Ordinal));
        await page.CloseAsync();
    }

    [Fact]
    public async Task FindsThePlainWordForAQueryWithDiacritics()
    {
        var (plainPage, plain) = await SearchPageAsync("الاستدلال");
        var (page, voweled) = await SearchPageAsync("الاسْتِدْلَالُ");

        Assert.NotEmpty(plain);
        Assert.Equal(plain, voweled);
        await plainPage.CloseAsync();
        await page.CloseAsync();
    }

    [Fact]
    public async Task ShowsResultsWhileTypingAnnouncesThemAndMovesByKeyboard()
    {
        var observed = await site.OpenAsync("search/");
        var input = observed.Page.Locator("[data-search-input]");
        await input.PressSequentiallyAsync("بكي");
        await observed.Page.WaitForFunctionAsync("() => document.querySelectorAll('[data-search-results] a').length > 0");

        var status = await observed.Page.Locator("[data-search-status]").TextContentAsync();
        Assert.Contains("بكي", status);
        Assert.Equal("polite", await observed.Page.Locator("[data-search-status]").GetAttributeAsync("aria-live"));
        Assert.Contains("?q=", observed.Page.Url);
        Assert.True(await observed.Page.Locator(Results + " mark").CountAsync() > 0);
        await input.PressAsync("ArrowDown");
        var focused = await observed.Page.EvaluateAsync<string>("document.activeElement.closest('[data-search-results]') ? 'result' : 'other'");
        Assert.Equal("result", focused);
        Assert.Empty(observed.ForeignRequests);
        await observed.CloseAsync();
    }

    [Fact]
    public async Task ScriptAndCSharpEngineAgreeOnEveryQueryAndReachTheTargets()
    {
        var engine = SearchEngine.FromSite(site.Server.Root);
        var observed = await site.OpenAsync("search/");
        var cases = File.ReadAllLines(Path.Combine(SiteFixture.RepoRoot, "tests", "DigestGen.Tests", "Search", "queries.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        double recall = 0, precision = 0;
        foreach (var c in cases)
        {
            var js = (await observed.Page.EvaluateAsync<JsonElement>("q => window.digestgen.search(q)", c[0]))
                .EnumerateArray().Select(r => SlugOf(r.GetProperty("url").GetString()!)).ToList();
            var cs = engine.Search(c[0]).Select(r => SlugOf(r.Path)).ToList();
            Assert.True(cs.SequenceEqual(js), $"{c[0]}: C# [{string.Join(' ', cs)}] JS [{string.Join(' ', js)}]");
            var expected = c[2].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
            recall += expected.Count == 0 ? 1 : (double)js.Count(expected.Contains) / expected.Count;
            precision += js.Count == 0 ? (expected.Count == 0 ? 1 : 0) : (double)js.Count(expected.Contains) / js.Count;
        }
        output.WriteLine($"JS: macro recall {recall / cases.Count:F3}, precision {precision / cases.Count:F3} on {cases.Count} queries");
        Assert.True(recall / cases.Count >= 0.95 && precision / cases.Count >= 0.95);
        Assert.Empty(observed.ForeignRequests);
        await observed.CloseAsync();
    }

    [Fact]
    public async Task ScriptAnalysesEveryWordOfTheDigestLikeCSharp()
    {
        var analyzer = SearchAnalyzer.Default;
        var words = Directory.EnumerateFiles(Path.Combine(SiteFixture.RepoRoot, "content"), "*.*", SearchOption.AllDirectories)
            .SelectMany(f => SearchAnalyzer.Words(File.ReadAllText(f))).Distinct().ToList();
        var observed = await site.OpenAsync("search/");

        var js = await observed.Page.EvaluateAsync<JsonElement>(
            "ws => Promise.all(ws.map(w => window.digestgen.analyze(w)))", words);

        var mismatches = words.Zip(js.EnumerateArray())
            .Where(p => !analyzer.Keys(p.First).SequenceEqual(p.Second.GetProperty("keys").EnumerateArray().Select(k => k.GetString()!))
                || !analyzer.Surfaces(p.First).SequenceEqual(p.Second.GetProperty("surfaces").EnumerateArray().Select(k => k.GetString()!)))
            .Select(p => p.First).Take(10).ToList();
        Assert.True(words.Count > 1000);
        Assert.Empty(mismatches);
        await observed.CloseAsync();
    }

    [Fact]
    public async Task ScriptSplitsTextIntoTheSameWordsAsCSharp()
    {
        string[] texts = ["لـ\"Qwen3\" و«ديبسيك»", "نموذجاً مفكّراً", "الصِّينُ ٢٠٢٥", "DeepSeek-R1، Qwen2.5-Max"];
        var observed = await site.OpenAsync("search/");
        await observed.Page.WaitForFunctionAsync("() => window.digestgen && window.digestgen.searchText");

        foreach (var text in texts)
        {
            var js = await observed.Page.EvaluateAsync<string[]>("t => window.digestgen.searchText.words(t)", text);
            Assert.Equal(SearchAnalyzer.Words(text), js);
        }
        await observed.CloseAsync();
    }
}
