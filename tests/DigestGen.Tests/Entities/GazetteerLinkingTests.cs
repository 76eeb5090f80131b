using DigestGen.Diagnostics;
using DigestGen.Entities;

namespace DigestGen.Tests.Entities;

public sealed class GazetteerLinkingTests
{
    private static readonly Lazy<EntityExtractor> Extractor = new(() =>
    {
        using var dir = new TempFolder();
        dir.Write("entities.yml", """
            - id: google
              name: غوغل
              type: organization
              aliases: [Google]
            - id: china
              name: الصين
              type: place
            - id: openai
              name: أوبن إيه آي
              type: organization
              aliases: [OpenAI]
            - id: open
              name: أوبن
              type: other
            - id: ali
              name: علي
              type: person
            """);
        return EntityExtractor.Create(Gazetteer.Load(dir.Path, new DiagnosticBag()));
    });

    private static IReadOnlyList<FoundEntity> Extract(string text) => Extractor.Value.Extract(text, [], []);

    [Theory]
    [InlineData("زار الصين أمس", "الصين")]
    [InlineData("زار والصين أمس", "الصين")]
    [InlineData("زار بالصين أمس", "الصين")]
    [InlineData("زار فالصين أمس", "الصين")]
    [InlineData("زار كالصين أمس", "الصين")]
    [InlineData("زار للصين أمس", "للصين")]
    [InlineData("زار وللصين أمس", "للصين")]
    public void FindsPlaceInEveryCliticForm(string text, string mention)
    {
        var e = Assert.Single(Extract(text), x => x.Id == "china");
        Assert.Equal(mention, Assert.Single(e.Mentions).Text);
        Assert.True(e.Verified);
    }

    [Theory]
    [InlineData("منافساً لـ\"غوغل\" اليوم")]
    [InlineData("منافساً لغوغل اليوم")]
    [InlineData("منافساً وغوغل اليوم")]
    [InlineData("منافساً لجوجل اليوم")]
    [InlineData("منافساً قوقل اليوم")]
    [InlineData("منافساً GOOGLE اليوم")]
    public void FindsCompanyThroughCliticsSpellingVariantsAndCase(string text) =>
        Assert.Contains(Extract(text), e => e.Id == "google" && e.Mentions.Count == 1);

    [Fact]
    public void PrefersTheLongestAlias()
    {
        var found = Extract("أعلنت أوبن إيه آي نموذجا");
        Assert.Contains(found, e => e.Id == "openai" && e.Mentions[0].Text == "أوبن إيه آي");
        Assert.DoesNotContain(found, e => e.Id == "open");
    }

    [Fact]
    public void NeverMatchesInsideAnotherWord() => Assert.DoesNotContain(Extract("قال عليه أن يعود"), e => e.Id == "ali");

    [Fact]
    public void MentionOffsetsIndexThePlainText()
    {
        const string text = "في الصين.\n\nوفي بكين والصين";
        foreach (var m in Extract(text).Single(e => e.Id == "china").Mentions)
        {
            Assert.Equal(m.Text, text.Substring(m.Start, m.Length));
        }
    }

    [Fact]
    public void AddsForcedEntitiesWithoutMentionsAndDropsIgnoredOnes()
    {
        var found = Extractor.Value.Extract("زار الصين", ["google"], ["china"]);
        var google = Assert.Single(found);
        Assert.Equal("google", google.Id);
        Assert.Empty(google.Mentions);
    }

    [Fact]
    public void OrdersEntitiesByFirstMention()
    {
        var ids = Extract("غوغل في الصين ثم غوغل").Select(e => e.Id).ToList();
        Assert.Equal(["google", "china"], ids.Where(i => i is "google" or "china"));
    }
}
