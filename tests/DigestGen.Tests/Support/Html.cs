using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace DigestGen.Tests.Support;

public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);
}
