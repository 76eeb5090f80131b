using System.Diagnostics;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Robustness;

/// <summary>
/// Nothing lost: the real command line, started as a child process on a large site and killed
/// while it writes, leaves the previous site as it was, and the next build cleans up after it.
/// </summary>
public sealed class InterruptedBuildTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void KillingABuildMidwayLeavesThePreviousSiteAndNoStagingFolder()
    {
        // Given a previous site
        _site.Article("first.md", TestSite.ArticleText("الخبر الأول", "2025-01-01", "نص."));
        Assert.Equal(0, _site.Build().ExitCode);
        var before = DeterminismTests.Snapshot(_site.Output);

        // When a build of a much larger site is killed while it writes its staging folder
        for (var i = 0; i < 2000; i++)
        {
            // Short bodies: the time goes into writing thousands of pages, the window the kill must hit.
            _site.Article($"gen/a{i:D4}.md", TestSite.ArticleText($"خبر مولّد رقم {i}", $"2024-{i % 12 + 1:D2}-{i % 28 + 1:D2}", $"نص الخبر {i}."));
        }
        var (killed, inCommit) = KillWhenStagingHasPages();

        // Then the previous site is intact, byte for byte: a kill that landed while the build wrote its pages
        // changed nothing. (One that landed after it had journalled its commit left the site half way, which
        // the next build must finish: checked below.)
        Assert.True(killed, "the build finished before it could be killed; make the generated site larger");
        if (!inCommit)
        {
            Assert.Equal(before, DeterminismTests.Snapshot(_site.Output));
        }

        // And the next build succeeds and leaves no staging or previous folder behind
        var rebuild = _site.Build();
        Assert.True(rebuild.ExitCode == 0, rebuild.ToString());
        Assert.Empty(Directory.EnumerateDirectories(_site.Root, ".site.*"));
        Assert.True(_site.OutputExists("articles/a1999/index.html"));
    }

    /// <summary>Kills the build once its staging folder holds pages; says whether it was killed, and whether it had
    /// journalled its commit by then (the journal is written just before the site changes).</summary>
    private (bool Killed, bool InCommit) KillWhenStagingHasPages()
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "DigestGen.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { cli, "build", "--content", _site.Content, "--templates", _site.Templates, "--output", _site.Output, "--quiet" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var staging = Path.Combine(_site.Root, $".site.staging-{process.Id}");
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (!process.HasExited && DateTime.UtcNow < deadline)
        {
            if (IsWritingPages(staging))
            {
                // At once: the build has no child processes, and walking /proc for a process tree first only
                // widens the gap in which a build on a loaded machine can finish and swap its site in.
                process.Kill();
                process.WaitForExit();
                return (true, File.Exists(Path.Combine(staging, ".digestgen-commit")));
            }
            Thread.Sleep(5);
        }
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
        return (false, false);
    }

    /// <summary>Twenty pages are in the staging folder: the build writes them, or its commit is moving them into the
    /// site (the caller tells the two apart by the journal). Once they are all moved the folder is being deleted,
    /// and a kill then would find the new site in place: no kill.</summary>
    private static bool IsWritingPages(string staging)
    {
        var articles = Path.Combine(staging, "articles");
        if (!Directory.Exists(articles))
        {
            return false;
        }
        var pages = Directory.EnumerateDirectories(articles).Take(20).ToList();
        return pages.Count == 20 && pages.All(page => File.Exists(Path.Combine(page, "index.html")));
    }
}
