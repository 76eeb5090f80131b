using DigestGen.Tests.Support;

namespace DigestGen.Tests.Linking;

/// <summary>The promises of issue #4 checked on the whole example digest.</summary>
public sealed class ExampleDigestConsistencyTests(ExampleDigestFixture site) : IClassFixture<ExampleDigestFixture>
{
    private HashSet<string> SlugsOnEntityPages(string id)
    {
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        for (var path = $"entities/{id}/index.html"; ;)
        {
            var doc = Html.Parse(site.Read(path));
            foreach (var a in doc.QuerySelectorAll(".mention__title a"))
            {
                slugs.Add(a.GetAttribute("href")!.TrimEnd('/').Split('/')[^1]);
            }
            if (doc.QuerySelector(".pager a[rel=next]")?.GetAttribute("href") is not { } next)
            {
                return slugs;
            }
            path = ExampleDigestFixture.FileOf(next);
        }
    }

    [Fact]
    public void AnArticleIsOnAnEntityPageIffItsApiEntryListsTheEntity()
    {
        Assert.True(site.Run.ExitCode == 0, site.Run.ToString());
        var listed = site.Articles.ToDictionary(
            a => a.GetProperty("slug").GetString()!,
            a => a.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToHashSet());
        Assert.NotEmpty(site.Entities);

        foreach (var entity in site.Entities.Select(e => e.GetProperty("id").GetString()!))
        {
            var onPage = SlugsOnEntityPages(entity);
            var inEntitiesJson = site.Entities.Single(e => e.GetProperty("id").GetString() == entity)
                .GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("slug").GetString()!);
            Assert.True(onPage.SetEquals(inEntitiesJson), $"entities/{entity}/ and api/entities.json disagree");
            foreach (var (slug, entities) in listed)
            {
                Assert.True(onPage.Contains(slug) == entities.Contains(entity), $"{slug} on entities/{entity}/: {onPage.Contains(slug)}, in api: {entities.Contains(entity)}");
            }
        }
    }

    [Fact]
    public void EveryEntityOfAnArticleIsMarkedInItsBodyAndLinkedOnce()
    {
        Assert.True(site.Run.ExitCode == 0, site.Run.ToString());
        var pairs = 0;
        foreach (var article in site.Articles)
        {
            var slug = article.GetProperty("slug").GetString()!;
            var body = Html.Parse(site.Read($"articles/{slug}/index.html")).QuerySelector(".article__body")!;
            foreach (var entity in article.GetProperty("entities").EnumerateArray())
            {
                var id = entity.GetProperty("id").GetString()!;
                // Text the pass may annotate for this entity: not the editors' links, code, pre, nor other entities' names.
                var open = (AngleSharp.Dom.IElement)body.Clone();
                foreach (var closed in open.QuerySelectorAll($"a:not([data-entity]), code, pre, [data-entity]:not([data-entity='{id}'])").ToList())
                {
                    closed.Remove();
                }
                var texts = entity.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("text").GetString()!);
                // A mention's text ending a word in annotatable text: "Qwen" in "Qwen2.5" is not one.
                if (texts.Any(t => System.Text.RegularExpressions.Regex.IsMatch(open.TextContent, System.Text.RegularExpressions.Regex.Escape(t) + @"(?![\p{L}\p{N}])")))
                {
                    pairs++;
                    Assert.True(body.QuerySelector($"[data-entity='{id}']") is not null, $"{id} is not marked in {slug}");
                }
                Assert.True(body.QuerySelectorAll($"a.entity[data-entity='{id}']").Length <= 1, $"{id} linked more than once in {slug}");
            }
        }
        Assert.True(pairs > 50, $"only {pairs} entity-article pairs checked");
    }

    [Fact]
    public void EveryArticleShowsRelatedArticlesThatShareAnEntityOrTag()
    {
        Assert.True(site.Run.ExitCode == 0, site.Run.ToString());
        var keys = site.Articles.ToDictionary(
            a => a.GetProperty("slug").GetString()!,
            a => a.GetProperty("entities").EnumerateArray().Select(e => "e:" + e.GetProperty("id").GetString())
                .Concat(a.GetProperty("tags").EnumerateArray().Select(t => "t:" + t.GetString())).ToHashSet());
        foreach (var (slug, own) in keys)
        {
            var related = Html.Parse(site.Read($"articles/{slug}/index.html")).QuerySelectorAll("[data-related] a")
                .Select(a => a.GetAttribute("href")!.TrimEnd('/').Split('/')[^1]).ToList();
            Assert.True(related.Count > 0, $"{slug} has no related articles");
            Assert.All(related, r => Assert.True(keys[r].Overlaps(own), $"{r} shares nothing with {slug}"));
        }
    }

    [Fact]
    public void EveryInternalLinkResolves()
    {
        Assert.True(site.Run.ExitCode == 0, site.Run.ToString());
        var broken = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .SelectMany(file => Html.Parse(File.ReadAllText(file)).QuerySelectorAll("a[href^='/digestgen/']")
                .Select(a => Path.GetRelativePath(site.Output, file) + " → " + a.GetAttribute("href")))
            .Where(x => !site.Exists(ExampleDigestFixture.FileOf(x.Split(" → ")[1])))
            .ToList();

        Assert.Empty(broken);
    }

    [Fact]
    public void EntitiesJsonListsEachEntitysArticlesAndCoMentions()
    {
        Assert.True(site.Run.ExitCode == 0, site.Run.ToString());
        var alibaba = site.Entities.Single(e => e.GetProperty("id").GetString() == "alibaba");

        Assert.True(alibaba.GetProperty("articles").GetArrayLength() > 1);
        Assert.Equal(alibaba.GetProperty("article_count").GetInt32(), alibaba.GetProperty("articles").GetArrayLength());
        Assert.True(alibaba.GetProperty("co_mentioned").GetArrayLength() > 0);
    }
}
