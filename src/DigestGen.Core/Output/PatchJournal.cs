using System.Text.Json;
using System.Text.Json.Serialization;

namespace DigestGen.Output;

/// <summary>
/// How a build that reuses the previous site commits: the files it wrote are moved from the staging
/// folder into the site one by one, and the site's files no page produces any more are deleted. The
/// list of both is written to the staging folder first (<c>.digestgen-commit</c>), so a build killed
/// half-way through is finished by the next one (<see cref="StaleStaging"/>) instead of leaving a site
/// of two builds. Before the journal exists nothing in the site has changed.
/// </summary>
internal static class PatchJournal
{
    public const string FileName = ".digestgen-commit";

    internal sealed record Journal(List<string> Moves, List<string> Removals);

    public static string PathIn(string staging) => Path.Combine(staging, FileName);

    /// <summary>Records the commit, durably: written aside and renamed, so it is read whole or not at all.</summary>
    public static void Write(string staging, List<string> moves, List<string> removals)
    {
        var path = PathIn(staging);
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write))
        {
            JsonSerializer.Serialize(stream, new Journal(moves, removals), PatchJournalContext.Default.Journal);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Finishes a commit whose journal is in <paramref name="staging"/>; each step may already have been done.</summary>
    public static void Resume(string staging, string target)
    {
        Journal? journal;
        using (var stream = File.OpenRead(PathIn(staging)))
        {
            journal = JsonSerializer.Deserialize(stream, PatchJournalContext.Default.Journal);
        }
        if (journal is not null)
        {
            Apply(staging, target, journal.Moves, journal.Removals);
        }
    }

    /// <summary>
    /// Moves each written file over its old version (a rename: a reader sees the old page or the new one,
    /// never a part), then deletes the removed files and the folders they leave empty.
    /// </summary>
    public static void Apply(string staging, string target, List<string> moves, List<string> removals)
    {
        var folders = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        Parallel.ForEach(moves, Build.Cores.One, relative =>
        {
            var from = Path.Combine(staging, relative);
            if (!File.Exists(from))
            {
                return;
            }
            var to = Path.Combine(target, relative);
            var folder = Path.GetDirectoryName(to)!;
            // Made before it is recorded: a thread moving the second file of a new folder (a new entity's
            // page and feed) that found the folder recorded but not yet made failed its move.
            if (!folders.ContainsKey(folder))
            {
                Directory.CreateDirectory(folder);
                folders.TryAdd(folder, true);
            }
            File.Move(from, to, overwrite: true);
        });
        foreach (var relative in removals)
        {
            var path = Path.Combine(target, relative);
            File.Delete(path);
            for (var folder = Path.GetDirectoryName(path); folder is not null && folder.Length > target.Length
                 && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any(); folder = Path.GetDirectoryName(folder))
            {
                Directory.Delete(folder);
            }
        }
    }
}

/// <summary>The journal described at compile time: through reflection, the first build that updated a site in
/// place built and compiled its serializer, in the middle of the commit.</summary>
[JsonSerializable(typeof(PatchJournal.Journal))]
internal sealed partial class PatchJournalContext : JsonSerializerContext;
