namespace DigestGen.Caching;

/// <summary>
/// A cheap summary of an output folder (every file's path, size and modification time), taken
/// right after a build committed it. If it differs later, someone changed the site by hand, so
/// neither "nothing changed" nor reusing its files can be trusted.
/// </summary>
public static class OutputStamp
{
    public static string? Of(string outputDirectory)
    {
        if (!Directory.Exists(outputDirectory))
        {
            return null;
        }
        var entries = new DirectoryInfo(outputDirectory).EnumerateFiles("*", SearchOption.AllDirectories)
            .Select(f => (Path: Path.GetRelativePath(outputDirectory, f.FullName), f.Length, Ticks: f.LastWriteTimeUtc.Ticks))
            .OrderBy(e => e.Path, StringComparer.Ordinal);
        using var hash = new TreeHash();
        foreach (var (path, length, ticks) in entries)
        {
            hash.Add($"{path}\n{length}\n{ticks}");
        }
        return hash.Finish();
    }
}
