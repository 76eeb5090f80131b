using DigestGen.Cli;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Publishing;

/// <summary>
/// The repository's example digest (content/ + templates/) built once under a GitHub project
/// sub-path, shared by the publishing tests that only read it.
/// </summary>
public sealed class ExampleDigestSite : IDisposable
{
    public const string BaseUrl = "https://example.github.io/digest/";

    public ExampleDigestSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "digestgen-tests", "example-" + Guid.NewGuid().ToString("N")[..8]);
        Output = Path.Combine(Root, "site");
        Build = Run("build", "--content", RepoPaths.ExampleContent, "--templates", RepoPaths.Templates, "--output", Output, "--base-url", BaseUrl);
    }

    public string Root { get; }
    public string Output { get; }
    public CliRun Build { get; }

    public CliRun Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

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

[CollectionDefinition(Name)]
public sealed class ExampleDigestCollection : ICollectionFixture<ExampleDigestSite>
{
    public const string Name = "example digest built under /digest/";
}
