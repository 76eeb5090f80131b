using System.IO.Enumeration;
using System.IO.Hashing;
using System.Text;

namespace DigestGen.Caching;

/// <summary>
/// A cheap summary of an output folder (every file's path, size and modification time), taken
/// right after a build committed it. If it differs later, someone changed the site by hand, so
/// neither "nothing changed" nor reusing its files can be trusted.
/// </summary>
/// <remarks>
/// An archive's site has over a hundred thousand files and each needs a stat call: the top-level
/// folders are walked in parallel, sizes and times are read from the enumeration's own entries
/// (no FileInfo per file), and the list is hashed with XXH3 (only compared with itself).
/// </remarks>
public static class OutputStamp
{
    private static readonly EnumerationOptions Everything = new() { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
    private static readonly EnumerationOptions TopLevel = new() { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false };

    public static string? Of(string outputDirectory)
    {
        if (!Directory.Exists(outputDirectory))
        {
            return null;
        }
        var folders = Directory.GetDirectories(outputDirectory, "*", TopLevel);
        var parts = new List<Entry>[folders.Length + 1];
        parts[folders.Length] = [.. Files(outputDirectory, TopLevel)];
        // Not capped at one worker per core like the build's loops: this walk is mostly waiting in
        // directory reads and stat calls, where extra threads overlap.
        Parallel.For(0, folders.Length, i => parts[i] = [.. Files(folders[i], Everything)]);
        var entries = parts.SelectMany(p => p).ToArray();
        var root = outputDirectory.Length + 1;
        Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Path, root, b.Path, root, int.MaxValue));
        var hash = new XxHash128();
        var line = new StringBuilder();
        foreach (var entry in entries)
        {
            line.Clear().Append(entry.Path, root, entry.Path.Length - root).Append('\n').Append(entry.Length).Append('\n').Append(entry.Ticks).Append('\n');
            hash.Append(Encoding.UTF8.GetBytes(line.ToString()));
        }
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    private static FileSystemEnumerable<Entry> Files(string directory, EnumerationOptions options) =>
        new(directory, (ref FileSystemEntry e) => new Entry(e.ToFullPath(), e.Length, e.LastWriteTimeUtc.UtcTicks), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory,
        };

    private readonly record struct Entry(string Path, long Length, long Ticks);
}
