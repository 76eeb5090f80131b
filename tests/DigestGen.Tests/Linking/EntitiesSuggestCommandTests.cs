using System.Text.RegularExpressions;
using DigestGen.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace DigestGen.Tests.Linking;

public sealed class EntitiesSuggestCommandTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void PrintsPasteableYamlOfUnverifiedEntitiesMostFrequentFirst()
    {
        var run = _site.Run("entities", "suggest", "--content", RepoPaths.ExampleContent);

        Assert.True(run.ExitCode == 0, run.ToString());
        var yaml = new YamlStream();
        yaml.Load(new StringReader(run.Stdout));
        var entries = ((YamlSequenceNode)yaml.Documents[0].RootNode).Children.Cast<YamlMappingNode>().ToList();
        Assert.NotEmpty(entries);
        var ids = entries.Select(e => ((YamlScalarNode)e.Children["id"]).Value!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var gazetteer = File.ReadAllText(Path.Combine(RepoPaths.ExampleContent, "entities", "organizations.yml"));
        Assert.DoesNotContain(ids, id => gazetteer.Contains($"id: {id}\n"));
        var counts = Regex.Matches(run.Stdout, @"^# in (\d+) articles", RegexOptions.Multiline).Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.All(counts, c => Assert.True(c >= 2));
        Assert.Equal(counts.OrderDescending(), counts);
    }

    [Fact]
    public void SaysSoWhenThereIsNothingToSuggest()
    {
        _site.Article("a.md", TestSite.ArticleText("خبر", "2025-01-01", "نص قصير بلا أسماء."));

        var run = _site.Run("entities", "suggest", "--content", _site.Content);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains("nothing to suggest", run.Stderr);
    }
}
