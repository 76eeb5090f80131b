using BenchmarkDotNet.Attributes;
using DigestGen.Content;
using DigestGen.Diagnostics;
using DigestGen.Entities;
using DigestGen.Linking;
using DigestGen.Markdown;
using DigestGen.Site;

namespace DigestGen.Benchmarks;

/// <summary>
/// The link index over a synthetic archive shaped like the bench corpus: a fixed pool of 2,000
/// names drawn Zipf-like (a few in a third of the articles, most in a handful), 25 per article,
/// and 3 of 60 tags. With a fixed pool every posting list grows with the archive, so the related
/// list of one article (<see cref="RelatedPerArticle"/>) costs in proportion to the archive and
/// all of them together grow with its square: the figures at 10,000 and 30,000 articles show by how
/// much. Building the index and counting every entity's co-mentions stay linear.
/// </summary>
[MemoryDiagnoser]
public class LinkingBenchmarks
{
    private const int Names = 2_000;
    private const int NamesPerArticle = 25;
    private const int Sample = 200;

    [Params(10_000, 30_000)]
    public int Articles { get; set; }

    private IReadOnlyList<ArticleEntry> _articles = [];
    private LinkIndex _index = null!;
    private ArticleEntry[] _sample = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var names = Enumerable.Range(0, Names).Select(i => $"name-{i:D4}").ToArray();
        var day = new DateTimeOffset(2025, 11, 30, 9, 0, 0, TimeSpan.FromHours(3));
        _articles = [.. Enumerable.Range(0, Articles).Select(i => Make(
            $"story-{i:D5}",
            day.AddHours(-i),
            [.. Enumerable.Range(0, NamesPerArticle).Select(_ => names[(int)(Math.Pow(random.NextDouble(), 3) * Names)]).Distinct()],
            [.. Enumerable.Range(0, 3).Select(_ => $"وسم {random.Next(60)}").Distinct()]))];
        _index = Index();
        _sample = [.. Enumerable.Range(0, Sample).Select(i => _articles[i * (Articles / Sample)])];
        var postings = _sample.Sum(a => a.Entities.Sum(e => _index.ArticleCount(e.Id)));
        Console.WriteLine($"// {Articles} articles: {postings / Sample} postings on the lists of an article's names, on average");
    }

    /// <summary>The related list of one article, averaged over 200 spread across the archive (OperationsPerInvoke).</summary>
    [Benchmark(OperationsPerInvoke = Sample)]
    public int RelatedPerArticle()
    {
        var count = 0;
        foreach (var article in _sample)
        {
            count += _index.RelatedTo(article, 5).Count;
        }
        return count;
    }

    [Benchmark]
    public LinkIndex BuildIndex() => Index();

    /// <summary>Every entity's ten best co-mentions, on a fresh index (they are remembered per index).</summary>
    [Benchmark]
    public int CoMentionsOfEveryEntity()
    {
        var index = Index();
        var count = 0;
        foreach (var id in index.ArticlesByEntity.Keys)
        {
            count += index.CoMentionsOf(id, 10).Count;
        }
        return count;
    }

    private LinkIndex Index() => LinkIndex.Build(_articles, Gazetteer.Empty, TimeZoneInfo.Utc, new DiagnosticBag());

    private static ArticleEntry Make(string slug, DateTimeOffset date, string[] entities, string[] tags)
    {
        var meta = new FrontMatter { Title = slug, Date = date, Tags = tags };
        var article = new Article($"{slug}.md", $"{slug}.md", slug, meta, "", 1, slug);
        var found = entities.Select(id => new FoundEntity(id, id, EntityType.Organization, true, [new Mention(id, 0, id.Length)])).ToList();
        return new ArticleEntry(article, new RenderedBody("", "", "", [], 0), found);
    }
}
