using DigestGen.Arabic;

namespace DigestGen.Tests.Arabic;

public sealed class ForeignNameVariantsTests
{
    [Fact]
    public void SpellsTheLatinGWithGhainJimAndQaf()
    {
        var variants = ForeignNameVariants.Expand("غوغل");
        Assert.Contains("جوجل", variants);
        Assert.Contains("قوقل", variants);
        Assert.Equal("غوغل", variants[0]);
    }

    [Fact]
    public void CapsTheNumberOfVariants() => Assert.True(ForeignNameVariants.Expand("غغغغغ").Count <= ForeignNameVariants.MaxVariants);

    [Fact]
    public void FoldsAllGSpellingsToOneKey() =>
        Assert.Equal(ForeignNameVariants.FoldG("جوجل"), ForeignNameVariants.FoldG("قوقل"));

    [Fact]
    public void AlefAndTaMarbutaVariantsNeedOnlyNormalisation()
    {
        Assert.Equal(ArabicNormalizer.Normalize("أبل"), ArabicNormalizer.Normalize("آبل"));
        Assert.Equal(ArabicNormalizer.Normalize("تويوتة"), ArabicNormalizer.Normalize("تويوته"));
    }
}
