using Xunit.Abstractions;

namespace DigestGen.Tests.Search;

/// <summary>The issue's targets on the held-out query set, through the C# engine the browser script mirrors.</summary>
public sealed class SearchEvaluationTests(ExampleSiteFixture site, ITestOutputHelper output) : IClassFixture<ExampleSiteFixture>
{
    [Fact]
    public void ReachesMacroRecallAndPrecisionOfNinetyFivePercent()
    {
        var runs = QuerySet.Load().Select(c => (c, (IReadOnlyCollection<string>)site.Slugs(c.Query))).ToList();

        foreach (var (c, found) in runs.Where(r => !r.Item2.ToHashSet().SetEquals(r.c.Expected)))
        {
            output.WriteLine($"{c.Query} [{c.Kind}] missing: {string.Join(' ', c.Expected.Except(found))} extra: {string.Join(' ', found.Except(c.Expected))}");
        }
        var (recall, precision) = QuerySet.Score(runs);
        output.WriteLine($"{runs.Count} queries: macro recall {recall:F3}, macro precision {precision:F3}");
        Assert.True(recall >= 0.95, $"macro recall {recall:F3}");
        Assert.True(precision >= 0.95, $"macro precision {precision:F3}");
    }

    [Fact]
    public void QuerySetHasFiftyQueriesOfEveryKindTheIssueNames()
    {
        var cases = QuerySet.Load();

        Assert.True(cases.Count >= 50);
        foreach (var kind in new[] { "clitic", "typed-clitic", "variant", "alias", "broken-plural", "prefix-trap", "diacritics" })
        {
            Assert.Contains(cases, c => c.Kind == kind);
        }
    }
}
