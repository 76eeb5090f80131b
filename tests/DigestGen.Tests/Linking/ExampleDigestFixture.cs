using System.Text.Json;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Linking;

/// <summary>The example digest in content/ built once for the consistency tests.</summary>
public sealed class ExampleDigestFixture : IDisposable
{
    private readonly TestSite _site = new();

    public ExampleDigestFixture()
    {
        Run = _site.Run("build", "--content", RepoPaths.ExampleContent, "--templates", RepoPaths.Templates, "--output", _site.Output);
        if (Run.ExitCode == 0)
        {
            Articles = JsonDocument.Parse(_site.ReadOutput("api/articles.json")).RootElement.GetProperty("articles").EnumerateArray().ToList();
            Entities = JsonDocument.Parse(_site.ReadOutput("api/entities.json")).RootElement.GetProperty("entities").EnumerateArray().ToList();
        }
    }

    public CliRun Run { get; }
    public string Output => _site.Output;
    public IReadOnlyList<JsonElement> Articles { get; } = [];
    public IReadOnlyList<JsonElement> Entities { get; } = [];

    public bool Exists(string relativePath) => _site.OutputExists(relativePath);

    public string Read(string relativePath) => _site.ReadOutput(relativePath);

    /// <summary>The output file a site-relative href of the example (base path /digestgen/) points at.</summary>
    public static string FileOf(string href)
    {
        var path = Uri.UnescapeDataString(href["/digestgen/".Length..].Split('#')[0]);
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    public void Dispose() => _site.Dispose();
}
