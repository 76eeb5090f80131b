using System.Diagnostics;

namespace DigestGen.Output;

/// <summary>
/// Cleans up after a build that was killed: its staging folder (<c>.site.staging-PID</c>) is
/// deleted, and if it died between the two renames of the swap, the previous site
/// (<c>.site.previous-PID</c>) is moved back; if it died while updating the site in place, after
/// writing its <see cref="PatchJournal"/>, the update is finished first. Only folders that carry DigestGen's marker and whose
/// process is gone are touched, so a folder the generator did not make is never deleted and a
/// build running in parallel is left alone.
/// </summary>
internal static class StaleStaging
{
    public static void Recover(string target)
    {
        var parent = Path.GetDirectoryName(target);
        if (parent is null || !Directory.Exists(parent))
        {
            return;
        }
        var name = Path.GetFileName(target);
        foreach (var dir in Directory.EnumerateDirectories(parent, $".{name}.*-*").Order(StringComparer.Ordinal).ToList())
        {
            var suffix = Path.GetFileName(dir)[(name.Length + 2)..];
            var kind = suffix.StartsWith("staging-", StringComparison.Ordinal) ? "staging"
                : suffix.StartsWith("previous-", StringComparison.Ordinal) ? "previous" : null;
            if (kind is null || !int.TryParse(suffix[(kind.Length + 1)..], out var pid) || IsRunning(pid)
                || !File.Exists(Path.Combine(dir, OutputFolder.Marker)))
            {
                continue;
            }
            if (kind == "previous" && !Directory.Exists(target))
            {
                Directory.Move(dir, target);
            }
            else
            {
                // A build that died while updating the site in place is finished: its journal says what was left to do.
                if (kind == "staging" && File.Exists(PatchJournal.PathIn(dir)) && Directory.Exists(target))
                {
                    PatchJournal.Resume(dir, target);
                }
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return false;
        }
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
