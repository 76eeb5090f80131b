using System.Runtime.InteropServices;

namespace DigestGen.Output;

/// <summary>
/// Puts an unchanged file of the previous site into the staging folder without copying its
/// bytes: a hard link where the platform has one (POSIX <c>link</c>), a copy otherwise. Safe
/// for the atomic swap because staged files are never written in place once linked.
/// </summary>
public static class HardLink
{
    public static void CreateOrCopy(string existing, string link)
    {
        if (OperatingSystem.IsWindows() || Link(existing, link) != 0)
        {
            File.Copy(existing, link, overwrite: false);
        }
    }

    // DllImport rather than LibraryImport: the generated marshalling needs unsafe code enabled.
    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link(string existing, string link);
}
