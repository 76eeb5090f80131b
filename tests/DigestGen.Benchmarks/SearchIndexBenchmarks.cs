using BenchmarkDotNet.Attributes;
using DigestGen.Arabic.Stemming;
using DigestGen.Caching;
using DigestGen.Content;
using DigestGen.Diagnostics;
using DigestGen.Entities;
using DigestGen.Linking;
using DigestGen.Markdown;
using DigestGen.Search;
using DigestGen.Site;

namespace DigestGen.Benchmarks;

/// <summary>
/// The search index of a synthetic archive: Arabic sentences of a few thousand words, some glued to
/// their clitics (و، ف، ب، ال، وال، بال، لل), with a gazetteer name or two in each and a Latin name now and
/// then. Three ways: without a term cache (<c>serve</c>'s first build), a clean build that records every
/// article's terms into an empty <see cref="SearchTermCache"/>, and a build after one edit that reads the
/// cache file and analyses only the edited article.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 9)]
public class SearchIndexBenchmarks
{
    [Params(10_000)]
    public int Articles { get; set; }

    private static readonly string[] Clitics = ["", "", "", "و", "ف", "ب", "ال", "وال", "بال", "لل"];
    private const string Letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";

    private SiteModel _model = null!;
    private SiteModel _edited = null!;
    private string _empty = "";
    private string _warm = "";

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var stems = Enumerable.Range(0, 3_000).Select(_ => Word(random)).Distinct().ToArray();
        var entities = Enumerable.Range(0, 400)
            .Select(i => new GazetteerEntity($"e{i}", $"{stems[i]} {stems[i + 1_000]}", EntityType.Person, [stems[i + 1_000]], null, EntityLinks.None, "bench.yml", i + 1))
            .ToList();
        var gazetteer = new Gazetteer(entities);
        var day = new DateTimeOffset(2025, 11, 30, 9, 0, 0, TimeSpan.FromHours(3));
        var articles = Enumerable.Range(0, Articles).Select(i => Make(i, day.AddHours(-i), Body(random, stems, entities), stems[random.Next(stems.Length)])).ToList();
        _model = Model(articles, gazetteer);
        var edited = articles.ToList();
        edited[Articles / 2] = edited[Articles / 2] with { Body = edited[Articles / 2].Body with { Html = edited[Articles / 2].Body.Html + "<p>جملة جديدة وبكلمة لم تكن.</p>" } };
        edited[Articles / 2] = edited[Articles / 2] with { Article = edited[Articles / 2].Article with { ContentHash = "edited" } };
        _edited = Model(edited, gazetteer);

        var root = Path.Combine(Path.GetTempPath(), "digestgen-bench-search-" + Environment.ProcessId);
        _empty = Path.Combine(root, "empty");
        _warm = Path.Combine(root, "warm");
        var cache = SearchTermCache.Open(_warm, "bench", read: false);
        new SearchIndexBuilder(SearchAnalyzer.Default) { Cache = cache }.Build(_model);
        cache.Save();
        Console.WriteLine($"// term cache of {Articles} articles: {new FileInfo(Directory.GetFiles(_warm).Single()).Length:N0} bytes");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(Path.GetDirectoryName(_warm)!, recursive: true);

    [Benchmark(Baseline = true)]
    public int WithoutTermCache() => new SearchIndexBuilder(SearchAnalyzer.Default).Build(_model).Postings.Count;

    /// <summary>A clean build: every article analysed and recorded (the file is written beside the pages, not timed here).</summary>
    [Benchmark]
    public int CleanBuildRecordingTerms() =>
        new SearchIndexBuilder(SearchAnalyzer.Default) { Cache = SearchTermCache.Open(_empty, "bench", read: false) }.Build(_model).Postings.Count;

    /// <summary>After one edit: the cache file read, one article analysed, every other merged from its terms.</summary>
    [Benchmark]
    public int AfterOneEditFromTermCache() =>
        new SearchIndexBuilder(SearchAnalyzer.Default) { Cache = SearchTermCache.Open(_warm, "bench", read: true) }.Build(_edited).Postings.Count;

    private static string Word(Random random) =>
        new([.. Enumerable.Range(0, random.Next(3, 7)).Select(_ => Letters[random.Next(Letters.Length)])]);

    /// <summary>Six paragraphs of eight sentences; words drawn Zipf-like, so a few are in every article and most in a handful.</summary>
    private static string Body(Random random, string[] stems, List<GazetteerEntity> entities)
    {
        var html = new System.Text.StringBuilder();
        for (var p = 0; p < 6; p++)
        {
            html.Append("<p>");
            for (var s = 0; s < 8; s++)
            {
                for (var w = 0; w < 12; w++)
                {
                    html.Append(Clitics[random.Next(Clitics.Length)]).Append(stems[(int)(Math.Pow(random.NextDouble(), 2.5) * stems.Length)]).Append(' ');
                }
                var name = entities[random.Next(entities.Count)];
                html.Append(random.Next(4) == 0 ? $"\"{name.Name}\"" : "و" + name.Aliases[0]);
                html.Append(random.Next(10) == 0 ? " مع Qwen3 و DeepSeek-R1. " : ". ");
            }
            html.Append("</p>\n");
        }
        return html.ToString();
    }

    private static ArticleEntry Make(int i, DateTimeOffset date, string html, string tag)
    {
        var slug = $"story-{i:D5}";
        var meta = new FrontMatter { Title = html[3..60], Date = date, Tags = [tag] };
        var article = new Article($"{slug}.md", $"{slug}.md", slug, meta, "", 1, $"{i:X16}");
        return new ArticleEntry(article, new RenderedBody(html, "", html[3..200], [], 0), []);
    }

    private static SiteModel Model(List<ArticleEntry> articles, Gazetteer gazetteer) =>
        new(new DigestConfig(), articles, gazetteer, LinkIndex.Build(articles, gazetteer, TimeZoneInfo.Utc, new DiagnosticBag()));
}
