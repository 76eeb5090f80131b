using DigestGen.Diagnostics;

namespace DigestGen.Content;

/// <summary>
/// Lists content files in a stable order, refusing links that lead outside the content
/// folder: a symlink must not pull a file from elsewhere on the machine into the site.
/// </summary>
public static class ContentFiles
{
    public static IReadOnlyList<string> Enumerate(string root, string pattern, string contentRoot, DiagnosticBag diagnostics)
    {
        var boundary = RealDirectory(Path.GetFullPath(contentRoot)).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden, MatchCasing = MatchCasing.CaseInsensitive };
        var files = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, pattern, options))
        {
            var real = RealPath(file);
            if (!real.StartsWith(boundary, StringComparison.Ordinal))
            {
                diagnostics.Add(Diagnostic.Error(ContentLoader.DisplayPath(file), 1, 1,
                    "this file is a link to a place outside the content folder", "copy the file into the content folder instead of linking to it"));
                continue;
            }
            files.Add(file);
        }
        files.Sort(StringComparer.Ordinal);
        return files;
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
