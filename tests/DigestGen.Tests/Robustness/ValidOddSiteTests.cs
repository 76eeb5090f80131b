using System.Text.Json;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Robustness;

/// <summary>
/// Valid but odd content must build: every folder under <c>tests/fixtures/valid-odd/</c>, plus
/// cases too big to commit, generated here.
/// </summary>
public sealed class ValidOddSiteTests
{
    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.EnumerateDirectories(Path.Combine(RepoPaths.Fixtures, "valid-odd")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void BuildsWithoutErrors(string name)
    {
        using var site = new FixtureSite(Path.Combine(RepoPaths.Fixtures, "valid-odd", name));

        var run = site.Build();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("error", site.Diagnostics(run), StringComparison.Ordinal);
        var articles = ArticlesJson(site);
        Assert.Single(articles);
        var slug = articles[0].GetProperty("slug").GetString()!;
        Assert.True(File.Exists(Path.Combine(site.Output, "articles", slug, "index.html")));
    }

    [Fact]
    public void StripsTheBomAndFoldsCrlf()
    {
        using var site = new FixtureSite(Path.Combine(RepoPaths.Fixtures, "valid-odd", "bom-crlf"));

        Assert.Equal(0, site.Build().ExitCode);

        var article = ArticlesJson(site)[0];
        Assert.Equal("خبر بعلامة ترتيب البايتات", article.GetProperty("title").GetString());
        Assert.Equal("bom-crlf", article.GetProperty("slug").GetString());
        var html = File.ReadAllText(Path.Combine(site.Output, "articles", "bom-crlf", "index.html"));
        Assert.DoesNotContain('\uFEFF', html);
        Assert.DoesNotContain('\r', html);
        var page = Html.Parse(html);
        Assert.Contains(page.QuerySelectorAll("p"), p => p.TextContent == "الفقرة الثانية.");
    }

    [Fact]
    public void BuildsAnArticleWithTenThousandTags()
    {
        using var site = new FixtureSite(Path.Combine(RepoPaths.Fixtures, "valid-odd", "only-front-matter"));
        var tags = string.Join(", ", Enumerable.Range(0, 10_000).Select(i => $"وسم-{i}"));
        File.WriteAllText(Path.Combine(site.Content, "articles", "bare.md"), $"---\ntitle: خبر كثير الوسوم\ndate: 2025-01-01\ntags: [{tags}]\n---\nنص.\n");

        var run = site.Build();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(10_000, ArticlesJson(site)[0].GetProperty("tags").GetArrayLength());
    }

    private static List<JsonElement> ArticlesJson(FixtureSite site)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "api", "articles.json")));
        return json.RootElement.GetProperty("articles").EnumerateArray().Select(e => e.Clone()).ToList();
    }
}
