using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace DigestGen.Checking;

/// <summary>Parses a built page with AngleSharp and lists its anchor targets and every URL it references.</summary>
public static class PageScanner
{
    private static readonly (string Selector, string Attribute, string Kind)[] Sources =
    [
        ("a[href]", "href", "link"),
        ("area[href]", "href", "link"),
        ("link[href]", "href", "stylesheet or link"),
        ("img[src]", "src", "image"),
        ("script[src]", "src", "script"),
        ("source[src]", "src", "media"),
        ("video[src]", "src", "media"),
        ("video[poster]", "poster", "image"),
        ("audio[src]", "src", "media"),
        ("iframe[src]", "src", "frame"),
        ("form[action]", "action", "form"),
        ("use[href]", "href", "SVG reference"),
        ("image[href]", "href", "image"),
    ];

    public static PageScan Scan(string relativePath, string html)
    {
        // One parser per page: pages are scanned in parallel and a parser carries state.
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(html);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("[id]"))
        {
            ids.Add(element.Id!);
        }
        foreach (var anchor in document.QuerySelectorAll("a[name]"))
        {
            ids.Add(anchor.GetAttribute("name")!);
        }
        var references = new List<PageReference>();
        foreach (var (selector, attribute, kind) in Sources)
        {
            foreach (var element in document.QuerySelectorAll(selector))
            {
                references.Add(Reference(element, element.GetAttribute(attribute)!, KindOf(element, kind)));
            }
        }
        foreach (var element in document.QuerySelectorAll("img[srcset], source[srcset]"))
        {
            references.AddRange(SrcSet(element.GetAttribute("srcset")!).Select(url => Reference(element, url, "image")));
        }
        return new PageScan(relativePath, ids, references.OrderBy(r => r.Line).ThenBy(r => r.Column).ToList());
    }

    private static string KindOf(IElement element, string kind) =>
        element.LocalName == "link" ? (element.GetAttribute("rel") ?? "link").Trim() switch
        {
            "stylesheet" => "stylesheet",
            "" => "link",
            var rel => $"{rel} link",
        } : kind;

    private static IEnumerable<string> SrcSet(string srcset) =>
        srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(candidate => candidate.Split(' ', 2)[0])
            .Where(url => url.Length > 0);

    private static PageReference Reference(IElement element, string url, string kind)
    {
        var position = element.SourceReference?.Position;
        return new PageReference(url.Trim(), kind, position?.Line ?? 0, position?.Column ?? 0);
    }
}
