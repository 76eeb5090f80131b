using System.Collections.Concurrent;

namespace DigestGen.Caching;

/// <summary>
/// Each content file's stat beside the digest of its bytes, as git's index keeps them: a build that
/// finds a file's stat as the last build recorded it takes the recorded digest instead of reading the
/// file: a build with nothing to do read and hashed the whole archive (90 MB at 10,000 articles).
/// </summary>
/// <remarks>
/// git's rule for "racy" files: a file modified while (or just before) the recorded build looked at it
/// may have changed again within the same tick of the file system's clock, leaving its stat as it was.
/// A file whose modification or change time is not clearly older than when the recorded build began
/// is read again. What is not seen is a same-size write whose every recorded time is set back to an
/// old value: on Linux the change time cannot be set back, elsewhere the modification time can.
/// </remarks>
public sealed record ContentIndex
{
    /// <summary>
    /// How much older than the build a file's times must be to be trusted: file times come from a
    /// coarser clock than <see cref="DateTime.UtcNow"/>, and some file systems keep whole seconds or two.
    /// </summary>
    public static readonly TimeSpan Margin = TimeSpan.FromSeconds(2);

    /// <summary>The content folder (full path): relative paths mean nothing in another one.</summary>
    public required string Root { get; init; }

    /// <summary>When the recorded build began (UTC ticks), before it took a stat or read a file.</summary>
    public required long Taken { get; init; }

    /// <summary>Relative path ('/'-separated) → stat and digest.</summary>
    public required IReadOnlyDictionary<string, IndexedFile> Files { get; init; }

    /// <summary>The recorded digest of a file whose stat is <paramref name="stat"/>, if it can be trusted; else null.</summary>
    public byte[]? Digest(string relative, FileStat stat) =>
        Files.TryGetValue(relative, out var file) && file.Stat == stat
        && Math.Max(stat.Ticks, stat.Change) < Taken - Margin.Ticks ? file.Digest : null;

    /// <summary>Collects the stat and digest of every file a build keys, with what the last build recorded to go by.</summary>
    public sealed class Recorder(string root, ContentIndex? previous)
    {
        private readonly long _taken = DateTime.UtcNow.Ticks;
        private readonly ContentIndex? _previous = previous?.Root == root ? previous : null;
        private readonly ConcurrentDictionary<string, IndexedFile> _files = new(StringComparer.Ordinal);

        public byte[]? Known(string relative, FileStat? stat) => stat is { } s ? _previous?.Digest(relative, s) : null;

        /// <summary>A file deleted before its stat was taken is left out: the next build reads whatever is there.</summary>
        public void Record(string relative, FileStat? stat, byte[] digest)
        {
            if (stat is { } s && digest.Length > 0)
            {
                _files[relative] = new IndexedFile(s, digest);
            }
        }

        public ContentIndex Finish() => new() { Root = root, Taken = _taken, Files = new Dictionary<string, IndexedFile>(_files, StringComparer.Ordinal) };
    }
}

/// <summary>One file of a <see cref="ContentIndex"/>: its stat as the build keyed it, and the digest of its bytes.</summary>
public sealed record IndexedFile(FileStat Stat, byte[] Digest);
