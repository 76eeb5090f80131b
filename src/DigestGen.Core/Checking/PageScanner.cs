using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace DigestGen.Checking;

/// <summary>
/// Parses a built page with AngleSharp and lists its anchor targets and every URL it references.
/// The page is parsed as a browser would build its tree, but without what <c>check</c> never reads:
/// text, comments, script and style bodies, and every attribute but the few below. The tree is then
/// walked once, each element tested against every kind of reference (sixteen selector queries walked
/// it sixteen times). At 10,000 articles the pages are 1.4 GB of HTML, and scanning them was most of
/// <c>check</c>'s time.
/// </summary>
public static class PageScanner
{
    // What each kind of element references, in the order the references of one element are listed.
    private static readonly (string Element, string Attribute, string Kind)[] Sources =
    [
        ("a", "href", "link"),
        ("area", "href", "link"),
        ("link", "href", "stylesheet or link"),
        ("img", "src", "image"),
        ("script", "src", "script"),
        ("source", "src", "media"),
        ("video", "src", "media"),
        ("video", "poster", "image"),
        ("audio", "src", "media"),
        ("iframe", "src", "frame"),
        ("form", "action", "form"),
        ("use", "href", "SVG reference"),
        ("image", "href", "image"),
    ];

    // The attributes the scan reads (rel only to name a <link>'s kind); the parser drops every other.
    private static readonly HashSet<string> Read = new(["id", "name", "rel", "srcset", .. Sources.Select(s => s.Attribute)], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReadByName = Read.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HtmlParserOptions Options = new()
    {
        IsKeepingSourceReferences = true,
        SkipDataText = true,
        SkipComments = true,
        SkipScriptText = true,
        SkipRawText = true,
        SkipRCDataText = true,
        SkipCDATA = true,
        SkipPlaintext = true,
        SkipProcessingInstructions = true,
        ShouldEmitAttribute = static (ref _, name) => ReadByName.Contains(name.Span),
    };

    public static PageScan Scan(string relativePath, string html)
    {
        // One parser per page: pages are scanned in parallel and a parser carries state.
        var document = new HtmlParser(Options).ParseDocument(html);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<(PageReference Reference, int Source, int Order)>();
        var order = 0;
        for (var element = document.DocumentElement; element is not null; element = Next(element))
        {
            if (element.GetAttribute("id") is { } id) // Id reads "" when there is none
            {
                ids.Add(id);
            }
            if (Is(element, "a") && element.GetAttribute("name") is { } name)
            {
                ids.Add(name);
            }
            for (var s = 0; s < Sources.Length; s++)
            {
                var (tag, attribute, kind) = Sources[s];
                if (Is(element, tag) && element.GetAttribute(attribute) is { } url)
                {
                    found.Add((Reference(element, url, KindOf(element, kind)), s, order));
                }
            }
            if ((Is(element, "img") || Is(element, "source")) && element.GetAttribute("srcset") is { } srcset)
            {
                found.AddRange(SrcSet(srcset).Select(url => (Reference(element, url, "image"), Sources.Length, order)));
            }
            order++;
        }
        // By place in the page; an element's references in the order of Sources, then its srcset.
        var references = found
            .OrderBy(f => f.Reference.Line).ThenBy(f => f.Reference.Column).ThenBy(f => f.Source).ThenBy(f => f.Order)
            .Select(f => f.Reference)
            .ToList();
        return new PageScan(relativePath, ids, references);
    }

    /// <summary>The element after <paramref name="element"/> in document order: its first child, else the next sibling of it or of its nearest ancestor.</summary>
    private static IElement? Next(IElement element)
    {
        if (element.FirstElementChild is { } child)
        {
            return child;
        }
        for (var at = element; at is not null; at = at.ParentElement)
        {
            if (at.NextElementSibling is { } sibling)
            {
                return sibling;
            }
        }
        return null;
    }

    // As a CSS type selector matches in an HTML document: by local name, in any namespace (SVG's <a>, <use>, <image>).
    private static bool Is(IElement element, string localName) => element.LocalName.Equals(localName, StringComparison.OrdinalIgnoreCase);

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
