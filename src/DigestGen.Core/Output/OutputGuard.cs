namespace DigestGen.Output;

/// <summary>Decides whether a folder may be replaced by a build.</summary>
public static class OutputGuard
{
    /// <summary>Files a fresh checkout's placeholder output folder may hold.</summary>
    private static readonly HashSet<string> Placeholders = new(StringComparer.Ordinal) { ".gitkeep", ".gitignore", "README.md" };

    public static void EnsureReplaceable(string target, IEnumerable<string> protectedDirectories)
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var cwd = Directory.GetCurrentDirectory();
        if (Path.GetPathRoot(target) == target + Path.DirectorySeparatorChar || target.Length <= 1
            || Same(target, home) || Same(target, cwd) || Same(target, Path.GetTempPath()))
        {
            throw new OutputRefusedException($"refusing to use '{target}' as the output folder", "name a dedicated folder such as site/");
        }
        foreach (var dir in protectedDirectories)
        {
            var full = Path.GetFullPath(dir).TrimEnd(Path.DirectorySeparatorChar);
            if (Same(target, full) || full.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                || target.StartsWith(full + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new OutputRefusedException($"the output folder '{target}' overlaps '{full}', which holds your sources", "choose an output folder outside content/ and templates/, such as site/");
            }
        }
        if (File.Exists(target))
        {
            throw new OutputRefusedException($"'{target}' is a file, not a folder", "choose a folder for the output");
        }
        if (Directory.Exists(target) && !File.Exists(Path.Combine(target, OutputFolder.Marker))
            && Directory.EnumerateFileSystemEntries(target).Any(e => !Placeholders.Contains(Path.GetFileName(e))))
        {
            throw new OutputRefusedException($"'{target}' is not empty and was not made by DigestGen, so it will not be replaced",
                "empty it, or choose another --output folder");
        }
    }

    private static bool Same(string a, string b) =>
        string.Equals(a.TrimEnd(Path.DirectorySeparatorChar), Path.GetFullPath(b).TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal);
}

public sealed class OutputRefusedException(string message, string hint) : Exception(message)
{
    public string Hint { get; } = hint;
}
