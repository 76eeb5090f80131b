using DigestGen.Search;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Search;

/// <summary>The index a build writes, queried through the engine: the traps on a small site written inline.</summary>
public sealed class SearchIndexTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private SearchEngine Build()
    {
        _site.Config("title: موجز\nbase_url: https://example.github.io/digest/\n")
            .Entities("orgs.yml", "- id: google\n  name: غوغل\n  type: organization\n  aliases: [Google]\n- id: riyadh\n  name: الرياض\n  type: place\n")
            .Article("riyadh.md", TestSite.ArticleText("قمة في الرياض", "2025-01-01", "اجتمع الوزراء بالرياض أمس."))
            .Article("sport.md", TestSite.ArticleText("النادي الرياضي يفوز", "2025-01-02", "فاز الفريق الرياضي وتحدثت الصحف عن الرياضة."))
            .Article("egypt.md", TestSite.ArticleText("مصر تستضيف مؤتمراً", "2025-01-03", "تستضيف مصر مؤتمراً عن الذكاء الاصطناعي."))
            .Article("bank.md", TestSite.ArticleText("مصرف يرفع الفائدة", "2025-01-04", "قال المصرف إنه يرفع الفائدة."))
            .Article("beijing.md", TestSite.ArticleText("زيارة", "2025-01-05", "وصل الوفد إلى بكين، ثم عاد من وبكين إلى شنغهاي."))
            .Article("kinetic.md", TestSite.ArticleText("كينتيك تطلق روبوتاً", "2025-01-06", "أطلقت شركة كينتيك روبوتها."))
            .Article("g.md", TestSite.ArticleText("تحديث", "2025-01-07", "أعلنت جوجل عن تحديث لمحرك البحث."))
            .Article("g2.md", TestSite.ArticleText("نموذج جديد", "2025-01-08", "طرحت لـ\"غوغل\" نموذجاً جديداً وتحديثاً."));
        var run = _site.Build();
        Assert.True(run.ExitCode == 0, run.ToString());
        return SearchEngine.FromSite(_site.Output);
    }

    private static List<string> Slugs(SearchEngine engine, string query, bool live = false) =>
        engine.Search(query, live).Select(r => QuerySet.SlugOf(r.Path)).ToList();

    [Fact]
    public void FindsNoPrefixFalseHits()
    {
        var engine = Build();

        Assert.Equal(["riyadh"], Slugs(engine, "الرياض"));
        Assert.Equal(["egypt"], Slugs(engine, "مصر"));
        Assert.Equal(["beijing"], Slugs(engine, "بكين"));
    }

    [Fact]
    public void LinksSpellingVariantsOfAGazetteerName()
    {
        var engine = Build();

        Assert.Equal(["g2", "g"], Slugs(engine, "جوجل"));
        Assert.Equal(["g2", "g"], Slugs(engine, "غوغل"));
        Assert.Equal(["g2", "g"], Slugs(engine, "Google"));
    }

    [Fact]
    public void MatchesAnUnfinishedLastWordAsAPrefixOfWholeWordsOnlyWhileTyping()
    {
        var engine = Build();

        Assert.Equal(["sport", "riyadh"], Slugs(engine, "الريا", live: true));
        Assert.Empty(Slugs(engine, "الريا"));
        Assert.Equal(["kinetic"], Slugs(engine, "كينت", live: true));
        Assert.Equal(["riyadh"], Slugs(engine, "الرياض ", live: true));
    }

    [Fact]
    public void RanksTitleHitsAboveBodyHitsThenNewerFirst()
    {
        var engine = Build();

        Assert.Equal(["g", "g2"], Slugs(engine, "تحديث"));
        Assert.Equal(["sport", "riyadh"], Slugs(engine, "الريا", live: true));
    }

    [Fact]
    public void WritesShardsTitlesDocumentsAndMetaUnderSearch()
    {
        Build();

        Assert.True(_site.OutputExists("search/meta.json"));
        Assert.True(_site.OutputExists("search/t/0.json"));
        Assert.True(_site.OutputExists("search/d/0.json"));
        Assert.True(_site.OutputExists("search/index.html"));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_site.Output, "search", "s")));
    }
}
