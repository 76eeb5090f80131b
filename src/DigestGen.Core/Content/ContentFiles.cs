using DigestGen.Diagnostics;

namespace DigestGen.Content;

/// <summary>
/// Lists content files in a stable order, refusing links that lead outside the content
/// folder: a symlink must not pull a file from elsewhere on the machine into the site.
/// </summary>
public static class ContentFiles
{
    private static readonly EnumerationOptions Options = new() { RecurseSubdirectories = false, AttributesToSkip = FileAttributes.Hidden, MatchCasing = MatchCasing.CaseInsensitive };

    public static IReadOnlyList<string> Enumerate(string root, string pattern, string contentRoot, DiagnosticBag diagnostics)
    {
        var boundary = RealDirectory(Path.GetFullPath(contentRoot)).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var files = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        Walk(root, pattern, boundary, visited, files, diagnostics);
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>
    /// Walks one folder at a time rather than with RecurseSubdirectories, which follows folder
    /// links: a link to '..' would be walked until the path grew too long, and a link to /etc
    /// would be searched. Each real folder is visited once; a folder link leading outside is an error.
    /// </summary>
    private static void Walk(string directory, string pattern, string boundary, HashSet<string> visited, List<string> files, DiagnosticBag diagnostics)
    {
        if (!visited.Add(RealDirectory(Path.GetFullPath(directory))))
        {
            return;
        }
        foreach (var file in Directory.EnumerateFiles(directory, pattern, Options))
        {
            if (!RealPath(file).StartsWith(boundary, StringComparison.Ordinal))
            {
                diagnostics.Add(Diagnostic.Error(ContentLoader.DisplayPath(file), 1, 1,
                    "this file is a link to a place outside the content folder", "copy the file into the content folder instead of linking to it"));
                continue;
            }
            files.Add(file);
        }
        foreach (var sub in Directory.EnumerateDirectories(directory, "*", Options).Order(StringComparer.Ordinal))
        {
            if (!(RealDirectory(Path.GetFullPath(sub)) + Path.DirectorySeparatorChar).StartsWith(boundary, StringComparison.Ordinal))
            {
                diagnostics.Add(Diagnostic.Error(ContentLoader.DisplayPath(sub), 1, 1,
                    "this folder is a link to a place outside the content folder", "copy the articles into the content folder instead of linking to them"));
                continue;
            }
            Walk(sub, pattern, boundary, visited, files, diagnostics);
        }
    }

    private static string RealPath(string file)
    {
        var full = Path.GetFullPath(file);
        var info = new FileInfo(full);
        var target = info.LinkTarget is null ? null : info.ResolveLinkTarget(returnFinalTarget: true);
        var directory = Path.GetDirectoryName(full)!;
        var realDirectory = RealDirectory(directory);
        return target is not null ? Path.GetFullPath(target.FullName) : Path.Combine(realDirectory, Path.GetFileName(full));
    }

    private static string RealDirectory(string directory)
    {
        var info = new DirectoryInfo(directory);
        if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
        {
            return Path.GetFullPath(target.FullName);
        }
        return info.Parent is null ? directory : Path.Combine(RealDirectory(info.Parent.FullName), info.Name);
    }
}
