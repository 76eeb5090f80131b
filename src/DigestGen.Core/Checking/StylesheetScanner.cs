using System.Text.RegularExpressions;

namespace DigestGen.Checking;

/// <summary>Lists the URLs a stylesheet references (<c>url(…)</c>, <c>@import</c>): fonts and images must ship with the site too.</summary>
public static partial class StylesheetScanner
{
    [GeneratedRegex("""url\(\s*(?<q>['"]?)(?<url>[^'")]+)\k<q>\s*\)|@import\s+(?<q2>['"])(?<url2>[^'"]+)\k<q2>""")]
    private static partial Regex References();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comments();

    public static PageScan Scan(string relativePath, string css)
    {
        // Blank comments out, keeping their length, so positions still match the file.
        css = Comments().Replace(css, m => new string(' ', m.Length));
        var references = References().Matches(css)
            .Select(m => m.Groups["url"].Success ? m.Groups["url"] : m.Groups["url2"])
            .Select(g => Reference(css, g.Value.Trim(), g.Index))
            .ToList();
        return new PageScan(relativePath, new HashSet<string>(), references);
    }

    private static PageReference Reference(string css, string url, int index)
    {
        var line = 1 + css.AsSpan(0, index).Count('\n');
        var column = index - css.LastIndexOf('\n', Math.Max(index - 1, 0));
        return new PageReference(url, "stylesheet url", line, column);
    }
}
