using DigestGen.Tests.Support;

namespace DigestGen.Tests.Robustness;

/// <summary>
/// Golden-file tests (Zola's test_sites_invalid habit): every folder under
/// <c>tests/fixtures/invalid/</c> is a tiny site with one problem; its build must fail with exit
/// code 1 and print exactly the lines in its <c>expected.txt</c>, naming the file and line.
/// </summary>
public sealed class InvalidSiteTests
{
    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.EnumerateDirectories(Path.Combine(RepoPaths.Fixtures, "invalid")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void FailsWithTheExpectedDiagnostics(string name)
    {
        var fixture = Path.Combine(RepoPaths.Fixtures, "invalid", name);
        using var site = new FixtureSite(fixture);

        var run = site.Build();

        var expected = File.ReadAllText(Path.Combine(fixture, "expected.txt")).Replace("\r\n", "\n").TrimEnd('\n');
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal(expected, site.Diagnostics(run));
        Assert.False(Directory.Exists(site.Output), "a failed build must not create the output folder");
    }
}
