using DigestGen.Diagnostics;
using DigestGen.Entities;

namespace DigestGen.Tests.Entities;

public sealed class GazetteerTests
{
    [Fact]
    public void LoadsEntriesWithAliasesAndLinks()
    {
        using var dir = new TempFolder();
        dir.Write("orgs.yml", """
            - id: alibaba
              name: علي بابا
              type: organization
              aliases: [مجموعة علي بابا, Alibaba]
              description: شركة صينية
              links: { website: https://alibaba.com, wikidata: Q1359568 }
            """);
        var bag = new DiagnosticBag();

        var gazetteer = Gazetteer.Load(dir.Path, bag);

        Assert.False(bag.HasErrors);
        var e = Assert.Single(gazetteer.Entities);
        Assert.Equal(EntityType.Organization, e.Type);
        Assert.Equal(["مجموعة علي بابا", "Alibaba"], e.Aliases);
        Assert.Equal("Q1359568", e.Links.Wikidata);
        Assert.Same(e, gazetteer.Find("alibaba"));
    }

    [Fact]
    public void AcceptsASingleMappingFile()
    {
        using var dir = new TempFolder();
        dir.Write("china.yaml", "id: china\nname: الصين\ntype: place\n");
        Assert.NotNull(Gazetteer.Load(dir.Path, new DiagnosticBag()).Find("china"));
    }

    /// <summary>
    /// A surname that is also a function word ('ما' is "what") would link every "في ما يلي" to one
    /// person: such an alias is reported and not matched alone; the full name still links.
    /// </summary>
    [Fact]
    public void FunctionWordAliasIsReportedAndNotLinkedAlone()
    {
        using var dir = new TempFolder();
        var path = dir.Write("people.yml", """
            - id: ma-yi
              name: ما يي
              type: person
              aliases: [Ma Yi, ما]
            """);
        var bag = new DiagnosticBag();

        var gazetteer = Gazetteer.Load(dir.Path, bag);
        var found = EntityExtractor.Create(gazetteer)
            .Extract("وفي ما يلي أبرز ما قالته ما يي عن خطط Ma Yi الجديدة، وما لم تقله.", [], []);

        var warning = Assert.Single(bag.Sorted());
        Assert.Equal((path, 1, false), (warning.Path, warning.Line, warning.IsError));
        Assert.Contains("alias 'ما' of 'ma-yi' is a common word", warning.Message);
        var mayi = Assert.Single(found, e => e.Id == "ma-yi");
        Assert.Equal(["ما يي", "Ma Yi"], mayi.Mentions.Select(m => m.Text));
    }

    [Fact]
    public void MissingFolderIsAnEmptyGazetteer() =>
        Assert.Empty(Gazetteer.Load("/nonexistent/entities", new DiagnosticBag()).Entities);

    [Theory]
    [InlineData("id: Ali Baba", "invalid entity id 'Ali Baba'")]
    [InlineData("id: ../x", "invalid entity id '../x'")]
    [InlineData("description: x", "entity without an id")]
    public void RejectsMissingOrInvalidIdWithLine(string idLine, string message)
    {
        using var dir = new TempFolder();
        var path = dir.Write("a.yml", $"- id: ok\n  name: x\n  type: other\n- {idLine}\n  name: y\n  type: other\n");
        var bag = new DiagnosticBag();

        Gazetteer.Load(dir.Path, bag);

        var d = Assert.Single(bag.Sorted());
        Assert.Equal((path, 4), (d.Path, d.Line));
        Assert.Contains(message, d.Message);
    }

    [Fact]
    public void ReportsDuplicateIdNamingBothFiles()
    {
        using var dir = new TempFolder();
        var first = dir.Write("a.yml", "- id: google\n  name: غوغل\n  type: organization\n");
        var second = dir.Write("b.yml", "- id: google\n  name: جوجل\n  type: organization\n");
        var bag = new DiagnosticBag();

        var gazetteer = Gazetteer.Load(dir.Path, bag);

        var d = Assert.Single(bag.Sorted());
        Assert.Equal(second, d.Path);
        Assert.Contains(first, d.Message);
        Assert.Single(gazetteer.Entities);
    }

    [Fact]
    public void WarnsAboutAnAliasSharedByTwoEntitiesAfterNormalisation()
    {
        using var dir = new TempFolder();
        dir.Write("a.yml", "- id: apple\n  name: أبل\n  type: organization\n- id: apple-2\n  name: Apple Inc\n  aliases: [آبل]\n  type: organization\n");
        var bag = new DiagnosticBag();

        Gazetteer.Load(dir.Path, bag);

        Assert.False(bag.HasErrors);
        Assert.Contains(bag.Sorted(), d => !d.IsError && d.Message.Contains("'ابل'") && d.Message.Contains("links to 'apple' only"));
    }

    [Fact]
    public void RejectsUnknownType()
    {
        using var dir = new TempFolder();
        dir.Write("a.yml", "- id: x\n  name: x\n  type: animal\n");
        var bag = new DiagnosticBag();
        Gazetteer.Load(dir.Path, bag);
        Assert.Contains(bag.Sorted(), d => d.IsError && d.Line == 3 && d.Message.Contains("unknown type 'animal'"));
    }

    [Fact]
    public void WarnsAboutUnknownKey()
    {
        using var dir = new TempFolder();
        dir.Write("a.yml", "- id: x\n  name: x\n  type: other\n  colour: red\n");
        var bag = new DiagnosticBag();
        Gazetteer.Load(dir.Path, bag);
        var d = Assert.Single(bag.Sorted());
        Assert.False(d.IsError);
        Assert.Equal(4, d.Line);
    }

    [Fact]
    public void ReportsInvalidYamlWithLine()
    {
        using var dir = new TempFolder();
        dir.Write("a.yml", "- id: x\n  name: [unclosed\n");
        var bag = new DiagnosticBag();
        Gazetteer.Load(dir.Path, bag);
        Assert.True(bag.HasErrors);
        Assert.True(bag.Sorted()[0].Line > 0);
    }
}
