using DigestGen.Output;

namespace DigestGen.Tests.Output;

/// <summary>Committing a site updated in place: the written files moved in, the removed ones gone.</summary>
public sealed class PatchJournalTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "digestgen-tests", Guid.NewGuid().ToString("N")[..12]);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void FilesMoveIntoFoldersTheSiteDoesNotHaveYet()
    {
        // New entities each bring a page and a feed into a folder the site does not have yet, moved in parallel.
        var staging = Path.Combine(_root, "staging");
        var target = Path.Combine(_root, "site");
        Directory.CreateDirectory(target);
        var moves = new List<string>();
        for (var entity = 0; entity < 400; entity++)
        {
            Directory.CreateDirectory(Path.Combine(staging, "entities", $"e{entity}"));
            foreach (var file in new[] { "feed.xml", "index.html", "page.html", "card.html" })
            {
                var relative = Path.Combine("entities", $"e{entity}", file);
                File.WriteAllText(Path.Combine(staging, relative), $"{entity} {file}");
                moves.Add(relative);
            }
        }

        PatchJournal.Apply(staging, target, moves, []);

        Assert.All(moves, m => Assert.Equal($"{m.Split(Path.DirectorySeparatorChar)[1][1..]} {Path.GetFileName(m)}", File.ReadAllText(Path.Combine(target, m))));
    }

    [Fact]
    public void RemovedFilesGoWithTheFoldersTheyLeaveEmpty()
    {
        var target = Path.Combine(_root, "site");
        Directory.CreateDirectory(Path.Combine(target, "entities", "gone"));
        Directory.CreateDirectory(Path.Combine(target, "entities", "kept"));
        File.WriteAllText(Path.Combine(target, "entities", "gone", "feed.xml"), "old");
        File.WriteAllText(Path.Combine(target, "entities", "kept", "feed.xml"), "kept");
        Directory.CreateDirectory(Path.Combine(_root, "staging"));

        PatchJournal.Apply(Path.Combine(_root, "staging"), target, [], [Path.Combine("entities", "gone", "feed.xml")]);

        Assert.False(Directory.Exists(Path.Combine(target, "entities", "gone")));
        Assert.Equal("kept", File.ReadAllText(Path.Combine(target, "entities", "kept", "feed.xml")));
    }
}
