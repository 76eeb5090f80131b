using System.Collections.Concurrent;
using DigestGen.Build;
using DigestGen.Content;
using DigestGen.Diagnostics;

namespace DigestGen.Checking;

/// <summary>
/// Checks the site already in the output folder, as it is on disk: every internal link, image,
/// stylesheet, script and <c>#anchor</c> of every page, and every <c>url(…)</c> of the stylesheets,
/// must resolve under the base path. Pages are parsed in parallel; each problem is a diagnostic
/// on the page and line it sits on.
/// </summary>
/// <remarks>
/// A page's references are resolved as soon as it is scanned, and only its ids are kept: only a
/// reference to an anchor on another page waits until every page is scanned. Holding every reference
/// of every page until the end (2.7 million at 10,000 articles, three times as many at 30,000) made
/// the collector's work, and check's time, grow faster than the site.
/// </remarks>
/// <param name="scans">The scans of the last check, by page bytes (see <see cref="ScanCache"/>); none by default.</param>
public sealed class SiteChecker(string outputDirectory, DigestConfig config, ScanCache? scans = null)
{
    private readonly ScanCache _scans = scans ?? ScanCache.Off();

    /// <summary>How many pages the last <see cref="Check"/> parsed; the others' scans were the last check's.</summary>
    public int PagesParsed => _scans.Parsed;

    public IReadOnlyList<Diagnostic> Check()
    {
        var root = Path.GetFullPath(outputDirectory);
        if (!Directory.Exists(root))
        {
            return [Diagnostic.Error(outputDirectory, 0, 0, "the output folder does not exist", "run `build` first; `check` checks the site it wrote")];
        }
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .ToHashSet(StringComparer.Ordinal);
        var pages = files.Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase)).ToList();
        if (pages.Count == 0)
        {
            return [Diagnostic.Error(outputDirectory, 0, 0, "the output folder holds no HTML page", "run `build` first; `check` checks the site it wrote")];
        }
        var stylesheets = files.Where(f => f.EndsWith(".css", StringComparison.OrdinalIgnoreCase));
        var scanned = new ConcurrentDictionary<string, PageScan>(StringComparer.Ordinal);
        var resolver = new LinkResolver(config.BasePath, config.Origin, files, scanned);
        var problems = new ConcurrentBag<Diagnostic>();
        var waiting = new ConcurrentBag<PageScan>();
        Parallel.ForEach(pages.Concat(stylesheets), Cores.One, file =>
        {
            var bytes = File.ReadAllBytes(Path.Combine(root, file));
            var isPage = file.EndsWith(".html", StringComparison.OrdinalIgnoreCase);
            var scan = isPage ? _scans.Scan(file, bytes, PageScanner.Scan) : StylesheetScanner.Scan(file, ScanCache.Text(bytes));
            if (isPage)
            {
                scanned[file] = scan with { References = [] };
            }
            var (now, later) = Split(scan.References);
            Report(resolver, scan with { References = now }, problems);
            if (later.Count > 0)
            {
                waiting.Add(scan with { References = later });
            }
        });
        Parallel.ForEach(waiting, Cores.One, page => Report(resolver, page, problems));
        _scans.Save();
        return problems.ToList();
    }

    /// <summary>A page's references that resolve without other pages (no anchor, or one on the page itself), and those that need another page's ids.</summary>
    private static (List<PageReference> Now, List<PageReference> Later) Split(IReadOnlyList<PageReference> references)
    {
        var now = new List<PageReference>(references.Count);
        var later = new List<PageReference>();
        foreach (var reference in references)
        {
            (reference.Url.Contains('#') && !reference.Url.StartsWith('#') ? later : now).Add(reference);
        }
        return (now, later);
    }

    private void Report(LinkResolver resolver, PageScan page, ConcurrentBag<Diagnostic> problems)
    {
        foreach (var (reference, problem) in resolver.Problems(page))
        {
            problems.Add(Diagnostic.Error(DisplayPath(page.RelativePath), reference.Line, reference.Column, problem.Message, problem.Hint));
        }
    }

    private string DisplayPath(string relativePath) => Path.Combine(outputDirectory, relativePath).Replace('\\', '/');
}
