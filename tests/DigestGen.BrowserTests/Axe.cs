using System.Text.Json;

namespace DigestGen.BrowserTests;

/// <summary>
/// axe-core, installed from npm by tests/install-deps.sh into tests/.tools (never fetched at run
/// time) and injected into the page under test.
/// </summary>
public static class Axe
{
    public static string ScriptPath { get; } = Environment.GetEnvironmentVariable("DIGESTGEN_AXE") is { Length: > 0 } path
        ? path
        : Path.Combine(SiteFixture.RepoRoot, "tests", ".tools", "node_modules", "axe-core", "axe.min.js");

    public static bool Available => File.Exists(ScriptPath);

    /// <summary>Why axe tests skip, or null when they run: locally without axe-core they skip; in CI they must run.</summary>
    public static string? SkipReason =>
        Available || Environment.GetEnvironmentVariable("CI") is { Length: > 0 }
            ? null
            : $"axe-core is not installed ({ScriptPath}); run `bash tests/install-deps.sh` (or tests/run.sh) to install it";

    /// <summary>Every WCAG A/AA and best-practice violation on the page, one readable line per failing node.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(ObservedPage observed)
    {
        Assert.True(Available, $"axe-core missing at {ScriptPath}: tests/install-deps.sh installs it");
        await observed.Page.AddScriptTagAsync(new() { Path = ScriptPath });
        var json = await observed.Page.EvaluateAsync<JsonElement>(
            """
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return result.violations.flatMap(v => v.nodes.map(n => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')}`));
            }
            """);
        return json.EnumerateArray().Select(v => v.GetString()!).ToList();
    }
}

/// <summary>A fact that needs axe-core: skipped with the reason when it is missing locally, run (and failing) in CI.</summary>
public sealed class AxeFactAttribute : FactAttribute
{
    public AxeFactAttribute() => Skip = Axe.SkipReason!;
}

/// <summary>A theory that needs axe-core; see <see cref="AxeFactAttribute"/>.</summary>
public sealed class AxeTheoryAttribute : TheoryAttribute
{
    public AxeTheoryAttribute() => Skip = Axe.SkipReason!;
}
