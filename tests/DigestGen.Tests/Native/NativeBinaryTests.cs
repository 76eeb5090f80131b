using System.Diagnostics;
using System.Net;
using System.Text;
using DigestGen.Tests.Robustness;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Native;

/// <summary>
/// The native (AOT) binary that <c>tests/run.sh</c> publishes (<c>DIGESTGEN_NATIVE</c> names it), run as a
/// process against the command line these tests run in-process under the JIT: the same site byte for byte,
/// the same JSON, the same diagnostics, and a live serve. A native binary has no JIT to fall back on, so
/// whatever it cannot do (JSON by reflection, compiled expressions) shows here, not in a newsroom.
/// </summary>
public sealed class NativeBinaryTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private static string Binary => Environment.GetEnvironmentVariable(NativeBinary.Variable)!;

    public static TheoryData<string> InvalidFixtures() => InvalidSiteTests.Fixtures();

    [NativeFact]
    public void BuildsTheExampleDigestByteForByteAsTheJitDoesWithAndWithoutItsCache()
    {
        using var site = new FixtureSite(RepoPaths.Root);
        var jit = site.Build("--no-cache");
        Assert.True(jit.ExitCode == 0, jit.ToString());
        var expected = DeterminismTests.Snapshot(site.Output);

        // Once clean (it writes the cache), once more from the cache it wrote.
        foreach (var output in new[] { "site-native-clean", "site-native-cached" })
        {
            var native = Run(site.Root, "build", "--content", site.Content, "--templates", site.Templates, "--output", Path.Combine(site.Root, output));
            Assert.True(native.ExitCode == 0, native.ToString());
            var actual = DeterminismTests.Snapshot(Path.Combine(site.Root, output));
            Assert.True(expected.Count > 100, $"only {expected.Count} files built");
            Assert.Equal(expected.Keys, actual.Keys);
            Assert.Equal(expected, actual);
        }
        Assert.True(Directory.EnumerateFiles(Path.Combine(site.Root, ".digestgen"), "*.json", SearchOption.AllDirectories).Any(),
            "the native build wrote no cache");
    }

    [NativeFact]
    public void RebuildsOnlyWhatAnEditChangedAndMatchesTheJitAfterIt()
    {
        using var site = new FixtureSite(RepoPaths.Root);
        var output = Path.Combine(site.Root, "site-native");
        string[] build = ["build", "--content", site.Content, "--templates", site.Templates, "--output", output, "--verbose"];
        var first = Run(site.Root, build);
        Assert.True(first.ExitCode == 0, first.ToString());
        var article = Directory.EnumerateFiles(Path.Combine(site.Content, "articles"), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).First();
        File.AppendAllText(article, "\nفقرة أضافها المحرر بعد النشر عن \"ديبسيك\".\n");

        var second = Run(site.Root, build);
        var jit = site.Build("--no-cache");

        Assert.True(second.ExitCode == 0, second.ToString());
        var reuse = System.Text.RegularExpressions.Regex.Match(second.Stdout, @"\(([0-9]+) of ([0-9]+) pages reused\)");
        Assert.True(reuse.Success, second.Stdout);
        var (reused, pages) = (int.Parse(reuse.Groups[1].Value), int.Parse(reuse.Groups[2].Value));
        Assert.True(reused > pages / 2 && reused < pages, $"{reused} of {pages} pages reused after one edit");
        Assert.True(jit.ExitCode == 0, jit.ToString());
        Assert.Equal(DeterminismTests.Snapshot(site.Output), DeterminismTests.Snapshot(output));
    }

    [NativeFact]
    public void ExtractPrintsTheJsonTheJitPrints()
    {
        using var site = new FixtureSite(RepoPaths.Root);
        var articles = Path.Combine(site.Content, "articles");
        using var inProcess = new TestSite();
        var jit = inProcess.Run("extract", articles, "--json", "--content", site.Content);
        Assert.True(jit.ExitCode == 0, jit.ToString());

        // From the tests' own folder, as the in-process run: paths are printed relative to it.
        var native = Run(Environment.CurrentDirectory, "extract", articles, "--json", "--content", site.Content);

        Assert.True(native.ExitCode == 0, native.ToString());
        Assert.Contains("\"mentions\"", native.Stdout);
        Assert.Equal(jit.Stdout, native.Stdout);
    }

    [NativeFact]
    public void ChecksTheJitsSiteAsTheJitDoesAndRemembersWhatItParsed()
    {
        // Two copies built alike: check remembers what it parsed beside the content, so each starts cold.
        using var jitSite = new FixtureSite(RepoPaths.Root);
        using var nativeSite = new FixtureSite(RepoPaths.Root);
        string[] Check(FixtureSite site) => ["check", "--content", site.Content, "--templates", site.Templates, "--output", site.Output];
        foreach (var site in new[] { jitSite, nativeSite })
        {
            var build = site.Build("--no-cache");
            Assert.True(build.ExitCode == 0, build.ToString());
        }
        using var inProcess = new TestSite();
        var jit = inProcess.Run(Check(jitSite));

        var native = Run(nativeSite.Root, Check(nativeSite));
        var again = Run(nativeSite.Root, Check(nativeSite));

        Assert.True(native.ExitCode == 0, native.ToString());
        Assert.Equal(jit.ExitCode, native.ExitCode);
        Assert.Equal(jit.Stdout.Replace(jitSite.Root, "ROOT"), native.Stdout.Replace(nativeSite.Root, "ROOT"));
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("unchanged since the last check", again.Stdout);
    }

    [NativeTheory]
    [MemberData(nameof(InvalidFixtures))]
    public void FailsOnEveryInvalidFixtureWithItsExpectedDiagnostics(string name)
    {
        var fixture = Path.Combine(RepoPaths.Fixtures, "invalid", name);
        using var site = new FixtureSite(fixture);

        var run = Run(site.Root, "build", "--content", site.Content, "--templates", site.Templates, "--output", site.Output);

        var expected = File.ReadAllText(Path.Combine(fixture, "expected.txt")).Replace("\r\n", "\n").TrimEnd('\n');
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal(expected, site.Diagnostics(run));
        Assert.False(Directory.Exists(site.Output), "a failed build must not create the output folder");
    }

    [NativeFact]
    public async Task ServesRebuildsAfterAnEditAndTellsThePageToReload()
    {
        using var site = new FixtureSite(RepoPaths.Root);
        var article = Directory.EnumerateFiles(Path.Combine(site.Content, "articles"), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).First();
        var said = new StringBuilder();
        var start = Start(site.Root, "serve", "--content", site.Content, "--templates", site.Templates, "--port", "0");
        using var process = Process.Start(start)!;
        var address = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            lock (said)
            {
                said.AppendLine(e.Data);
            }
            if (e.Data is { } line && line.StartsWith("Serving http://", StringComparison.Ordinal))
            {
                address.TrySetResult(new Uri(line.Split(' ')[1]));
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (said)
            {
                said.AppendLine(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var root = await address.Task.WaitAsync(Patience);
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };

            var home = Html.Parse(await http.GetStringAsync(root));
            Assert.Equal("rtl", home.DocumentElement.GetAttribute("dir"));
            Assert.Equal("/__digestgen/events", home.QuerySelector("script[data-events]")!.GetAttribute("data-events"));

            using var response = await http.GetAsync(new Uri(root, "__digestgen/events"), HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal("text/event-stream; charset=utf-8", response.Content.Headers.ContentType!.ToString());
            using var events = new StreamReader(await response.Content.ReadAsStreamAsync());
            Assert.Equal("event: hello", await NextEventAsync(events));

            File.AppendAllText(article, "\nفقرة أضافها المحرر في \"الخادم الأصلي\" لاحقاً.\n");

            Assert.Equal("event: reload", await NextEventAsync(events));
            var slug = Path.GetFileNameWithoutExtension(article);
            var page = await http.GetStringAsync(new Uri(root, $"articles/{slug}/"));
            Assert.Contains("فقرة أضافها المحرر في &quot;الخادم الأصلي&quot; لاحقاً.", page);
        }
        catch (Exception e) when (e is TimeoutException or EndOfStreamException or HttpRequestException or OperationCanceledException)
        {
            lock (said)
            {
                throw new InvalidOperationException($"serve did not do its part: {e.Message}\nserve said:\n{said}", e);
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task<string> NextEventAsync(StreamReader events)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await events.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                return line;
            }
        }
        throw new EndOfStreamException("the event stream ended");
    }

    private static ProcessStartInfo Start(string workingDirectory, params string[] args)
    {
        Assert.True(File.Exists(Binary), $"{NativeBinary.Variable}={Binary}, but no such file: its publish failed (see tests/run.sh's output)");
        var start = new ProcessStartInfo(Binary)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        return start;
    }

    private static CliRun Run(string workingDirectory, params string[] args)
    {
        using var process = Process.Start(Start(workingDirectory, args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Patience))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Binary} {string.Join(' ', args)} ran longer than {Patience}");
        }
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }
}

/// <summary>Where the native binary is, and why its tests are skipped when there is none.</summary>
internal static class NativeBinary
{
    public const string Variable = "DIGESTGEN_NATIVE";

    public static string? SkipReason =>
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable))
            ? $"no native binary: `bash tests/run.sh` publishes one with clang and sets {Variable}"
            : null;
}

public sealed class NativeFactAttribute : FactAttribute
{
    public NativeFactAttribute() => Skip = NativeBinary.SkipReason;
}

public sealed class NativeTheoryAttribute : TheoryAttribute
{
    public NativeTheoryAttribute() => Skip = NativeBinary.SkipReason;
}
