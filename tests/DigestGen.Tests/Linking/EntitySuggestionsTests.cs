using DigestGen.Entities;
using DigestGen.Linking;

namespace DigestGen.Tests.Linking;

public sealed class EntitySuggestionsTests
{
    private static FoundEntity Unverified(string id, string name, params string[] spellings) =>
        new(id, name, EntityType.Organization, false, spellings.Select((s, i) => new Mention(s, i * 10, s.Length)).ToList());

    [Fact]
    public void SuggestsUnverifiedEntitiesInTwoOrMoreArticlesMostFrequentFirst()
    {
        var zhipu = Unverified("zhipu-ai", "تشيبو", "تشيبو");
        var moonshot = Unverified("moonshot", "مونشوت", "مونشوت", "مون شوت");
        var once = Unverified("once", "مرة", "مرة");
        var verified = new FoundEntity("alibaba", "علي بابا", EntityType.Organization, true, [new Mention("علي بابا", 0, 8)]);

        var suggestions = EntitySuggestions.Find([
            ("a", [zhipu, moonshot, verified]),
            ("b", [zhipu, moonshot]),
            ("c", [moonshot, once, verified]),
        ]);

        Assert.Equal(["moonshot", "zhipu-ai"], suggestions.Select(s => s.Id));
        Assert.Equal(["a", "b", "c"], suggestions[0].ArticleSlugs);
    }

    [Fact]
    public void WritesYamlThatKeepsTheIdAndListsOtherSpellingsAsAliases()
    {
        var e = Unverified("moonshot", "مونشوت", "مونشوت", "مون شوت");
        var yaml = EntitySuggestions.ToYaml(EntitySuggestions.Find([("a", [e]), ("b", [e])]));

        Assert.Contains("- id: 'moonshot'\n", yaml);
        Assert.Contains("  name: 'مونشوت'\n", yaml);
        Assert.Contains("  type: organization\n", yaml);
        Assert.Contains("  aliases: ['مون شوت']\n", yaml);
        var parsed = new YamlDotNet.RepresentationModel.YamlStream();
        parsed.Load(new StringReader(yaml));
        Assert.IsType<YamlDotNet.RepresentationModel.YamlSequenceNode>(parsed.Documents[0].RootNode);
    }
}
