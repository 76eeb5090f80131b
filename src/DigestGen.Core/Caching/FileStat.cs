using System.Runtime.InteropServices;

namespace DigestGen.Caching;

/// <summary>
/// What one stat call tells of a file, enough to see that it changed without reading it (see
/// <see cref="ContentIndex"/>): its size and modification time, and on Linux its inode and change
/// time too, which a program that sets the modification time back (<c>touch -d</c>, <c>tar</c>,
/// <c>cp -p</c>) cannot set back. Where those two are not known they are 0.
/// </summary>
public readonly record struct FileStat(long Length, long Ticks, long Change, long Inode)
{
    private static bool _noStatx = !OperatingSystem.IsLinux();

    /// <summary>The file's stat, following links as reading it does; null when there is no such file.</summary>
    public static FileStat? Of(string path)
    {
        if (!_noStatx)
        {
            try
            {
                if (Statx(AtCwd, path, 0, BasicStats, out var s) == 0)
                {
                    return new FileStat((long)s.Size, s.Modified.Ticks, s.Changed.Ticks, (long)s.Inode);
                }
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                _noStatx = true; // a C library older than glibc 2.28
            }
        }
        var info = new FileInfo(path);
        // On Windows a link's stat is its own, not that of the file read through it.
        if (info.Exists && info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is FileInfo target)
        {
            info = target;
        }
        return info.Exists ? new FileStat(info.Length, info.LastWriteTimeUtc.Ticks, 0, 0) : null;
    }

    private const int AtCwd = -100;
    private const uint BasicStats = 0x7ff;

    // statx rather than stat: its struct is laid out the same on every architecture.
    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, string path, int flags, uint mask, out StatxBuffer buffer);

    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(32)] public ulong Inode;
        [FieldOffset(40)] public ulong Size;
        [FieldOffset(96)] public Timestamp Changed;
        [FieldOffset(112)] public Timestamp Modified;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Timestamp
    {
        public long Seconds;
        public uint Nanoseconds;

        /// <summary>As <see cref="FileInfo.LastWriteTimeUtc"/> gives it: 100 ns ticks since year 1.</summary>
        public readonly long Ticks => DateTime.UnixEpoch.Ticks + Seconds * TimeSpan.TicksPerSecond + Nanoseconds / 100;
    }
}
