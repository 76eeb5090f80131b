using DigestGen.Build;
using DigestGen.Search;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Search;

/// <summary>The repository's example digest, built once into a temporary folder for the search tests.</summary>
public sealed class ExampleSiteFixture : IDisposable
{
    public ExampleSiteFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "digestgen-search-tests", Guid.NewGuid().ToString("N")[..10]);
        Output = Path.Combine(Root, "site");
        var result = new SiteBuilder(new BuildOptions
        {
            ContentDirectory = RepoPaths.ExampleContent,
            TemplatesDirectory = RepoPaths.Templates,
            OutputDirectory = Output,
        }).Build();
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        }
        Engine = SearchEngine.FromSite(Output);
    }

    public string Root { get; }
    public string Output { get; }
    public SearchEngine Engine { get; }

    public IReadOnlyList<string> Slugs(string query, bool live = false) =>
        Engine.Search(query, live).Select(r => QuerySet.SlugOf(r.Path)).ToList();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
