using DigestGen.Arabic;
using DigestGen.Content;

namespace DigestGen.Tests.Content;

public sealed class SlugTests
{
    [Theory]
    [InlineData("علي بابا تطلق \"Qwen3\"", "علي-بابا-تطلق-qwen3")]
    [InlineData("الذَّكاء الاصطناعيّ", "الذكاء-الاصطناعي")]
    [InlineData("الـذكاء، والصين؛ لماذا؟", "الذكاء-والصين-لماذا")]
    [InlineData("نموذج ٢٠٢٥", "نموذج-2025")]
    [InlineData("Qwen 2.5", "qwen-2-5")]
    public void MakesReadableArabicSlugs(string title, string slug) => Assert.Equal(slug, Slugs.FromText(title));

    [Fact]
    public void TransliteratesWhenConfigured() => Assert.Equal("bkyn", Slugs.FromText("بكين", transliterate: true));

    [Theory]
    [InlineData("../etc", false)]
    [InlineData("a/b", false)]
    [InlineData("CON", false)]
    [InlineData("con.html", false)]
    [InlineData("qwen3-release", true)]
    [InlineData("علي-بابا", true)]
    public void KnowsWhichSlugsAreSafeInAPath(string slug, bool safe) => Assert.Equal(safe, SlugRules.IsSafe(slug));
}
