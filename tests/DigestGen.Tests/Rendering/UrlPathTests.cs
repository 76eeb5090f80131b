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

public sealed class TemplateUrlTests
{
    private readonly TemplateFunctions _functions = new(new DigestGen.Content.DigestConfig { BaseUrl = "https://example.github.io/digest/" });

    [Theory]
    [InlineData("tags/ذكاء-اصطناعي/", "/digest/tags/%D8%B0%D9%83%D8%A7%D8%A1-%D8%A7%D8%B5%D8%B7%D9%86%D8%A7%D8%B9%D9%8A/")]
    [InlineData("/articles/pangu-launch/", "/digest/articles/pangu-launch/")]
    [InlineData("", "/digest/")]
    [InlineData("#main", "#main")]
    [InlineData("https://alofoq.example/a", "https://alofoq.example/a")]
    public void RemembersEachLinkAndAnswersTheSameEveryTime(string path, string expected)
    {
        // The first call makes the link, the next ones read it back; a path with and without its
        // leading '/' are different keys with the same answer.
        Assert.Equal(expected, _functions.Url(path));
        Assert.Equal(expected, _functions.Url(path));
        Assert.Equal(expected, _functions.Url(path.TrimStart('/')));
        Assert.Equal(expected.StartsWith('/') ? "https://example.github.io" + expected : expected, _functions.AbsoluteUrl(path));
    }

    [Fact]
    public void ANullPathIsTheSiteRoot() => Assert.Equal("/digest/", _functions.Url(null));
}
