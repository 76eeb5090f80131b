using System.Xml.Linq;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Robustness;

/// <summary>
/// YAML spells control characters as escapes ("\0", "\x01"), so they reach the text of a title or a
/// gazetteer entry even though the file itself holds none. The whole-build fuzzer found a title "\0"
/// crashing the Atom writer; XML cannot hold such characters, so they are dropped when read, and so are
/// bidi overrides spelled the same way.
/// </summary>
public sealed class YamlEscapeTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void BuildsWellFormedFeedsFromEscapedControlCharacters()
    {
        _site.Entities("orgs.yml", """
            - id: alibaba
              name: "علي\x01 بابا"
              type: organization
              aliases: ["علي بابا"]
              description: "شركة\0 صينية"
            """);
        _site.Article("control.md", """
            ---
            title: "خبر\0 عن علي بابا"
            date: 2025-01-01
            tags: ["الصين\x02"]
            summary: "ملخص\x1b \u202Eقصير"
            ---
            أعلنت علي بابا اليوم نتائجها.
            """);

        var run = _site.Build();

        Assert.True(run.ExitCode == 0, run.ToString());
        var feed = XDocument.Parse(_site.ReadOutput("feed.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal("خبر عن علي بابا", feed.Descendants(atom + "entry").Single().Element(atom + "title")!.Value);
        foreach (var file in Directory.EnumerateFiles(_site.Output, "*.xml", SearchOption.AllDirectories))
        {
            XDocument.Parse(File.ReadAllText(file));
        }
        Assert.DoesNotContain('\0', _site.ReadOutput("api/entities.json"));
        // A bidi override spelled as an escape is dropped like one written as it is, in every output.
        Assert.Contains(feed.Descendants(atom + "summary"), e => e.Value == "ملخص قصير");
    }
}
