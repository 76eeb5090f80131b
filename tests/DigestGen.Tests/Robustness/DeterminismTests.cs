using System.Security.Cryptography;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Robustness;

/// <summary>Same input, same output: deploys diff cleanly only if a rebuild changes no byte.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void TwoBuildsOfTheExampleDigestAreByteIdentical()
    {
        using var first = new TestSite();
        using var second = new TestSite();

        var a = first.Run("build", "--content", RepoPaths.ExampleContent, "--templates", RepoPaths.Templates, "--output", first.Output);
        var b = second.Run("build", "--content", RepoPaths.ExampleContent, "--templates", RepoPaths.Templates, "--output", second.Output);

        Assert.True(a.ExitCode == 0, a.ToString());
        Assert.True(b.ExitCode == 0, b.ToString());
        Assert.Equal(Snapshot(first.Output), Snapshot(second.Output));
    }

    [Fact]
    public void RebuildingInPlaceChangesNoByte()
    {
        using var site = HostileSite.Write(new TestSite());
        for (var i = 0; i < 12; i++)
        {
            site.Article($"extra-{i:D2}.md", TestSite.ArticleText($"خبر علي بابا رقم {i}", $"2025-01-{i % 3 + 1:D2}", $"قالت علي بابا إن الخبر {i} مهم.", "tags: [الصين, تقنية]\n"));
        }

        Assert.Equal(0, site.Build().ExitCode);
        var before = Snapshot(site.Output);
        Assert.Equal(0, site.Build().ExitCode);

        Assert.Equal(before, Snapshot(site.Output));
    }

    internal static SortedDictionary<string, string> Snapshot(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))),
            StringComparer.Ordinal);
}
