using System.Globalization;
using System.IO.Enumeration;
using System.IO.Hashing;
using System.Text;

namespace DigestGen.Caching;

/// <summary>
/// A cheap summary of an output folder (every file's path, size and modification time). A build
/// records it when it commits the site; if the folder's stamp differs later, someone changed the site
/// by hand, so neither "nothing changed" nor reusing its files can be trusted.
/// </summary>
/// <remarks>
/// An archive's site has over a hundred thousand files and each needs a stat call: the top-level
/// folders are walked in parallel, sizes and times are read from the enumeration's own entries
/// (no FileInfo per file), and the list is hashed with XXH3 (only compared with itself). A build
/// does not walk what it has just written: <see cref="Output.OutputFolder"/> keeps the size and time
/// of each file as it writes it, and <see cref="Of(IEnumerable{Entry})"/> hashes that list the same way.
/// </remarks>
public static class OutputStamp
{
    private static readonly EnumerationOptions Everything = new() { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
    private static readonly EnumerationOptions TopLevel = new() { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false };

    /// <summary>One file: its path relative to the output folder ('/'-separated), its size and its modification time.</summary>
    public readonly record struct Entry(string Path, long Length, long Ticks);

    /// <summary>The stamp of the folder as it is on disk; null when there is no folder.</summary>
    public static string? Of(string outputDirectory) => Walk(outputDirectory) is { } files ? Of(files) : null;

    /// <summary>Every file of the folder as it is on disk; null when there is no folder.</summary>
    public static IReadOnlyList<Entry>? Walk(string outputDirectory)
    {
        if (!Directory.Exists(outputDirectory))
        {
            return null;
        }
        outputDirectory = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(outputDirectory));
        var root = outputDirectory.Length + 1;
        // Split two levels down: one top-level folder (entities/) holds half the site, and a walk
        // split only at the top left one thread walking it while the others had finished.
        var sections = Directory.GetDirectories(outputDirectory, "*", TopLevel);
        var shallow = sections.Prepend(outputDirectory).ToArray();
        var deep = sections.SelectMany(f => Directory.GetDirectories(f, "*", TopLevel)).ToArray();
        var parts = new List<Entry>[shallow.Length + deep.Length];
        // Not capped at one worker per core like the build's loops: this walk is mostly waiting in
        // directory reads and stat calls, where extra threads overlap.
        Parallel.For(0, parts.Length, i => parts[i] = i < shallow.Length
            ? [.. Files(shallow[i], TopLevel, root)]
            : [.. Files(deep[i - shallow.Length], Everything, root)]);
        return [.. parts.SelectMany(p => p)];
    }

    /// <summary>The stamp of a folder holding exactly <paramref name="files"/>, in any order.</summary>
    public static string Of(IEnumerable<Entry> files)
    {
        var entries = files.ToArray();
        Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Path, b.Path));
        var hash = new XxHash128();
        // Each line encoded into one buffer: a string and an array per file was 26 MiB of a build after an edit.
        var line = new byte[1024];
        foreach (var entry in entries)
        {
            var size = Encoding.UTF8.GetMaxByteCount(entry.Path.Length) + 48;
            if (size > line.Length)
            {
                line = new byte[size];
            }
            var at = Encoding.UTF8.GetBytes(entry.Path, line);
            line[at++] = (byte)'\n';
            entry.Length.TryFormat(line.AsSpan(at), out var written, default, CultureInfo.InvariantCulture);
            at += written;
            line[at++] = (byte)'\n';
            entry.Ticks.TryFormat(line.AsSpan(at), out written, default, CultureInfo.InvariantCulture);
            at += written;
            line[at++] = (byte)'\n';
            hash.Append(line.AsSpan(0, at));
        }
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    private static FileSystemEnumerable<Entry> Files(string directory, EnumerationOptions options, int root) =>
        new(directory, (ref FileSystemEntry e) => new Entry(RelativePath(ref e, root), e.Length, e.LastWriteTimeUtc.UtcTicks), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory,
        };

    /// <summary>The entry's path below the walked folder, made in one string (not the full path, then cut).</summary>
    private static string RelativePath(ref FileSystemEntry e, int root) =>
        e.Directory.Length < root ? e.FileName.ToString() : System.IO.Path.Join(e.Directory[root..], e.FileName);
}
