using DigestGen.Entities;

namespace DigestGen.Tests.Entities;

/// <summary>The example article of ../shared/seed with an empty gazetteer: the names a reader sees
/// must all be found with the right type, and no slogan, weekday or month.</summary>
public sealed class SeedArticleTests
{
    private static readonly Lazy<(string Text, IReadOnlyList<FoundEntity> Found)?> Seed = new(() =>
    {
        var folder = SeedFolder.Path;
        if (!Directory.Exists(folder))
        {
            return null;
        }

        var text = File.ReadAllText(Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).First());
        return (text, EntityExtractor.Create(Gazetteer.Empty).Extract(text, [], []));
    });

    private static IReadOnlyList<FoundEntity> Found() => Seed.Value!.Value.Found;

    [SeedTheory]
    [InlineData("علي بابا", EntityType.Organization)]
    [InlineData("ديبسيك", EntityType.Organization)]
    [InlineData("أنثروبيك", EntityType.Organization)]
    [InlineData("غوغل", EntityType.Organization)]
    [InlineData("أوبن إيه آي", EntityType.Organization)]
    [InlineData("Qwen3", EntityType.Product)]
    [InlineData("كيوين", EntityType.Product)]
    [InlineData("Qwen", EntityType.Product)]
    [InlineData("Qwen 2.5", EntityType.Product)]
    [InlineData("Quark", EntityType.Product)]
    [InlineData("الصين", EntityType.Place)]
    [InlineData("بكين", EntityType.Place)]
    [InlineData("إيدي وو", EntityType.Person)]
    [InlineData("جاك ما", EntityType.Person)]
    [InlineData("شي جين بينغ", EntityType.Person)]
    public void FindsEveryNameWithItsType(string name, EntityType type)
    {
        var entity = Assert.Single(Found(), e => e.Mentions.Any(m => m.Text == name));
        Assert.Equal(type, entity.Type);
        Assert.False(entity.Verified);
    }

    [SeedFact]
    public void ResolvesQwenInParenthesesToKiwin() =>
        Assert.Single(Found(), e => e.Mentions.Any(m => m.Text == "Qwen") && e.Mentions.Any(m => m.Text == "كيوين"));

    [SeedFact]
    public void ResolvesEveryMentionOfOneNameToOneEntity()
    {
        var deepseek = Assert.Single(Found(), e => e.Name == "ديبسيك");
        Assert.Equal(5, deepseek.Mentions.Count);
        Assert.Equal(2, Assert.Single(Found(), e => e.Name == "جاك ما").Mentions.Count);
    }

    [SeedTheory]
    [InlineData("الهدف الرئيسي")]
    [InlineData("أكثر انفتاحاً")]
    [InlineData("الثلاثاء")]
    [InlineData("شباط")]
    [InlineData("فبراير")]
    [InlineData("آذار")]
    [InlineData("مارس")]
    public void ReportsNoSloganWeekdayOrMonth(string text) =>
        Assert.DoesNotContain(Found(), e => e.Mentions.Any(m => m.Text.Contains(text, StringComparison.Ordinal)));

    [SeedFact]
    public void MentionsIndexTheArticleText()
    {
        var text = Seed.Value?.Text ?? "";
        Assert.All(Found().SelectMany(e => e.Mentions), m => Assert.Equal(m.Text, text.Substring(m.Start, m.Length)));
    }

    [SeedFact]
    public void GivesUnverifiedEntitiesStableAsciiIds() =>
        Assert.All(Found(), e => Assert.True(EntityIds.IsValid(e.Id), e.Id));
}
