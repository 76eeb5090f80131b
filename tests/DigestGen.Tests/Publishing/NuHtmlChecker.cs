using System.Diagnostics;
using System.Text.Json;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Publishing;

/// <summary>
/// Runs the Nu Html Checker (npm's vnu-jar, installed by tests/install-deps.sh) once over a
/// whole folder: one JVM for every page, not one per page.
/// </summary>
public static class NuHtmlChecker
{
    public static string? JarPath
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable("DIGESTGEN_VNU_JAR");
            var local = Path.Combine(RepoPaths.Root, "tests", ".tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
            return new[] { fromEnv, local }.FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));
        }
    }

    public static bool JavaOnPath =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(dir => File.Exists(Path.Combine(dir, "java")) || File.Exists(Path.Combine(dir, "java.exe")));

    /// <summary>Every error vnu reports, as "file(line): message".</summary>
    public static IReadOnlyList<string> Errors(string folder)
    {
        var jar = JarPath ?? throw new InvalidOperationException(
            "vnu.jar not found: run `bash tests/run.sh` (it installs Java and vnu-jar) or set DIGESTGEN_VNU_JAR");
        if (!JavaOnPath)
        {
            throw new InvalidOperationException("java not found on PATH: install a JRE (tests/install-deps.sh installs default-jre-headless)");
        }
        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-jar", jar, "--errors-only", "--format", "json", "--skip-non-html", folder })
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)
            ?? throw new InvalidOperationException("could not start java: install a JRE (tests/install-deps.sh does)");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        // vnu prints its JSON report on stderr.
        var report = stderr.Trim().Length > 0 ? stderr : stdout.Result;
        using var json = JsonDocument.Parse(report);
        return json.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(Describe)
            .ToList();
    }

    private static string Describe(JsonElement m)
    {
        var url = m.TryGetProperty("url", out var u) ? u.GetString() : "?";
        var line = m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0;
        var extract = m.TryGetProperty("extract", out var e) ? $" near «{e.GetString()}»" : "";
        return $"{url}({line}): {m.GetProperty("message").GetString()}{extract}";
    }
}

/// <summary>
/// A fact that needs the Nu Html Checker. Locally it is skipped, with the reason, when vnu.jar
/// is missing; in CI (env CI set) it always runs, so a missing checker fails instead of hiding.
/// </summary>
public sealed class NuHtmlCheckerFactAttribute : FactAttribute
{
    public NuHtmlCheckerFactAttribute()
    {
        if ((NuHtmlChecker.JarPath is null || !NuHtmlChecker.JavaOnPath) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Skip = "Java or vnu.jar not found: run `bash tests/run.sh` (it installs both) or set DIGESTGEN_VNU_JAR";
        }
    }
}
