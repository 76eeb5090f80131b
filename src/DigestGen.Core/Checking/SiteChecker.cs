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
public sealed class SiteChecker(string outputDirectory, DigestConfig config)
{
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
        var pages = ScanPages(root, files);
        if (pages.Count == 0)
        {
            return [Diagnostic.Error(outputDirectory, 0, 0, "the output folder holds no HTML page", "run `build` first; `check` checks the site it wrote")];
        }
        var resolver = new LinkResolver(config.BasePath, config.Origin, files, pages);
        var stylesheets = files.Where(f => f.EndsWith(".css", StringComparison.OrdinalIgnoreCase))
            .Select(f => StylesheetScanner.Scan(f, File.ReadAllText(Path.Combine(root, f))));
        var problems = new ConcurrentBag<Diagnostic>();
        Parallel.ForEach(pages.Values.Concat(stylesheets), Cores.One, page =>
        {
            foreach (var (reference, problem) in resolver.Problems(page))
            {
                problems.Add(Diagnostic.Error(DisplayPath(page.RelativePath), reference.Line, reference.Column, problem.Message, problem.Hint));
            }
        });
        return problems.ToList();
    }

    private static Dictionary<string, PageScan> ScanPages(string root, IReadOnlySet<string> files)
    {
        var scans = new ConcurrentDictionary<string, PageScan>(StringComparer.Ordinal);
        Parallel.ForEach(files.Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase)), Cores.One, file =>
        {
            scans[file] = PageScanner.Scan(file, File.ReadAllText(Path.Combine(root, file)));
        });
        return new Dictionary<string, PageScan>(scans, StringComparer.Ordinal);
    }

    private string DisplayPath(string relativePath) => Path.Combine(outputDirectory, relativePath).Replace('\\', '/');
}
