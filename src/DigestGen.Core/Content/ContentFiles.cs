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
        Walk(root, RealDirectory(Path.GetFullPath(root)), pattern, boundary, visited, files, diagnostics);
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>
    /// Walks one folder at a time rather than with RecurseSubdirectories, which follows folder
    /// links: a link to '..' would be walked until the path grew too long, and a link to /etc
    /// would be searched. Each real folder is visited once; a folder link leading outside is an error.
    /// A folder's real path is its parent's plus its name unless it is a link, and the enumeration
    /// says which entries are links, so only links are resolved: resolving every file's path up to
    /// the root was eight readlink calls per file, most of an up-to-date build of a large archive.
    /// </summary>
    private static void Walk(string directory, string realDirectory, string pattern, string boundary, HashSet<string> visited, List<string> files, DiagnosticBag diagnostics)
    {
        if (!visited.Add(realDirectory))
        {
            return;
        }
        var folder = new DirectoryInfo(directory);
        foreach (var file in folder.EnumerateFiles(pattern, Options))
        {
            var path = Path.Join(directory, file.Name);
            var real = IsLink(file) ? RealPath(path) : Path.Join(realDirectory, file.Name);
            if (!real.StartsWith(boundary, StringComparison.Ordinal))
            {
                diagnostics.Add(Diagnostic.Error(ContentLoader.DisplayPath(path), 1, 1,
                    "this file is a link to a place outside the content folder", "copy the file into the content folder instead of linking to it"));
                continue;
            }
            files.Add(path);
        }
        foreach (var sub in folder.EnumerateDirectories("*", Options).OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            var path = Path.Join(directory, sub.Name);
            var real = IsLink(sub) ? RealDirectory(Path.GetFullPath(path)) : Path.Join(realDirectory, sub.Name);
            if (!(real + Path.DirectorySeparatorChar).StartsWith(boundary, StringComparison.Ordinal))
            {
                diagnostics.Add(Diagnostic.Error(ContentLoader.DisplayPath(path), 1, 1,
                    "this folder is a link to a place outside the content folder", "copy the articles into the content folder instead of linking to them"));
                continue;
            }
            Walk(path, real, pattern, boundary, visited, files, diagnostics);
        }
    }

    private static bool IsLink(FileSystemInfo entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;

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
