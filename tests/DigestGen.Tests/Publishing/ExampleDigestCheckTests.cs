namespace DigestGen.Tests.Publishing;

[Collection(ExampleDigestCollection.Name)]
public sealed class ExampleDigestCheckTests(ExampleDigestSite site)
{
    [Fact]
    public void TheExampleDigestBuiltUnderASubPathPassesCheck()
    {
        Assert.True(site.Build.ExitCode == 0, site.Build.ToString());

        var check = site.Run("check", "--content", Support.RepoPaths.ExampleContent, "--templates", Support.RepoPaths.Templates,
            "--output", site.Output, "--base-url", ExampleDigestSite.BaseUrl);

        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Contains("check passed", check.Stdout);
    }

    [Fact]
    public void CheckWithAnotherBaseUrlSaysWhichBasePathTheLinksMiss()
    {
        var check = site.Run("check", "--content", Support.RepoPaths.ExampleContent, "--templates", Support.RepoPaths.Templates,
            "--output", site.Output, "--base-url", "https://example.github.io/other/");

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("points outside the base path /other/", check.Stderr);
        Assert.Contains("pass the same one to check", check.Stderr);
    }
}
