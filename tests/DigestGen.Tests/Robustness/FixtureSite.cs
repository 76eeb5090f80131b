using DigestGen.Cli;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Robustness;

/// <summary>
/// A fixture folder (<c>tests/fixtures/…/NAME</c>: <c>content/</c>, optional <c>templates/</c> laid
/// over the real theme) copied to a temporary folder and built with the real command line.
/// Diagnostics name files by full path there; <see cref="Diagnostics"/> removes the temporary
/// root so the text matches the fixture's <c>expected.txt</c> on any machine.
/// </summary>
public sealed class FixtureSite : IDisposable
{
    public FixtureSite(string fixture)
    {
        Root = Path.Combine(Path.GetTempPath(), "digestgen-tests", "fixture-" + Guid.NewGuid().ToString("N")[..12]);
        Copy(Path.Combine(fixture, "content"), Content);
        Copy(RepoPaths.Templates, Templates);
        if (Directory.Exists(Path.Combine(fixture, "templates")))
        {
            Copy(Path.Combine(fixture, "templates"), Templates);
        }
    }

    public string Root { get; }
    public string Content => Path.Combine(Root, "content");
    public string Templates => Path.Combine(Root, "templates");
    public string Output => Path.Combine(Root, "site");

    public CliRun Build(params string[] extra)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(["build", "--content", Content, "--templates", Templates, "--output", Output, .. extra], stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The diagnostic lines of a run, fixture root removed, without the closing count.</summary>
    public string Diagnostics(CliRun run) =>
        string.Join("\n", run.Stderr.Replace("\r\n", "\n").Replace(Root + Path.DirectorySeparatorChar, "").Replace('\\', '/')
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.Contains("nothing was written", StringComparison.Ordinal)));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private static void Copy(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        }
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)), overwrite: true);
        }
    }
}
