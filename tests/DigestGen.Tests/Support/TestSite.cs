using DigestGen.Build;
using DigestGen.Cli;

namespace DigestGen.Tests.Support;

/// <summary>
/// A small site written inline in a temporary folder (Hugo's integration-test habit): content,
/// the repository's real theme, and an output folder; runs the real command line against it.
/// </summary>
public sealed class TestSite : IDisposable
{
    public TestSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "digestgen-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(Root, "content", "articles"));
        Directory.CreateDirectory(Path.Combine(Root, "content", "entities"));
        Templates = RepoPaths.Templates;
    }

    public string Root { get; }
    public string Content => Path.Combine(Root, "content");
    public string Output => Path.Combine(Root, "site");
    public string Templates { get; set; }

    /// <summary>What <c>build</c> with this site's folders would run with (no other option given).</summary>
    public BuildOptions Options => new() { ContentDirectory = Content, TemplatesDirectory = Templates, OutputDirectory = Output };

    /// <summary>Builds from a copy of the theme in this site's folder (as <c>theme/</c>), so a test may edit its templates.</summary>
    public string OwnTemplates()
    {
        var theme = Path.Combine(Root, "theme");
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Templates, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(theme, Path.GetRelativePath(RepoPaths.Templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            System.IO.File.Copy(file, target);
        }
        return Templates = theme;
    }

    public TestSite Config(string yaml) => File(Path.Combine("content", "digest.yml"), yaml);

    public TestSite Article(string relativePath, string text) => File(Path.Combine("content", "articles", relativePath), text);

    public TestSite Entities(string fileName, string yaml) => File(Path.Combine("content", "entities", fileName), yaml);

    public TestSite File(string relativePath, string text)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllText(full, text);
        return this;
    }

    public static string ArticleText(string title, string date, string body, string extra = "") =>
        $"---\ntitle: '{title.Replace("'", "''")}'\ndate: {date}\n{extra}---\n{body}\n";

    public CliRun Build(params string[] extra) =>
        Run(["build", "--content", Content, "--templates", Templates, "--output", Output, .. extra]);

    public CliRun Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Every file under the site's folder (content, output, theme copy and the cache beside the content), with its size and time.</summary>
    public List<string> EveryFile() =>
        [.. Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetRelativePath(Root, f)} {new FileInfo(f).Length} {System.IO.File.GetLastWriteTimeUtc(f).Ticks}")];

    public string ReadOutput(string relativePath) => System.IO.File.ReadAllText(Path.Combine(Output, relativePath));

    public bool OutputExists(string relativePath) => System.IO.File.Exists(Path.Combine(Output, relativePath));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; never fail a test on clean-up.
        }
    }
}

public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
