namespace DigestGen.Tests.Publishing;

[Collection(ExampleDigestCollection.Name)]
public sealed class ValidHtmlTests(ExampleDigestSite site)
{
    [NuHtmlCheckerFact]
    public void EveryPageOfTheExampleDigestPassesTheNuHtmlChecker()
    {
        Assert.True(site.Build.ExitCode == 0, site.Build.ToString());

        var errors = NuHtmlChecker.Errors(site.Output);

        Assert.True(errors.Count == 0, $"{errors.Count} HTML error(s):\n" + string.Join("\n", errors));
    }
}
