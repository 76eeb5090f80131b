using DigestGen.Rendering;

namespace DigestGen.Tests.Rendering;

public sealed class UrlPathTests
{
    [Theory]
    [InlineData("entities/yang-hua/", "entities/yang-hua/")]
    [InlineData("assets/css/site.css", "assets/css/site.css")]
    [InlineData("search/?q=x&y=1#top", "search/?q=x&y=1#top")]
    [InlineData("tags/ذكاء-اصطناعي/", "tags/%D8%B0%D9%83%D8%A7%D8%A1-%D8%A7%D8%B5%D8%B7%D9%86%D8%A7%D8%B9%D9%8A/")]
    [InlineData("a b/", "a%20b/")]
    [InlineData("a\"<b>", "a%22%3Cb%3E")]
    public void KeepsSafeAsciiAndPercentEncodesTheRest(string path, string expected) =>
        Assert.Equal(expected, UrlPath.Encode(path));
}
