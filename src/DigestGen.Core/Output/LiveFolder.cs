using System.Buffers;
using System.Text;

namespace DigestGen.Output;

/// <summary>
/// A built site that <c>serve</c> updates in place after an edit. Each file is written beside
/// its target and renamed over it, so a request never reads half a page, and a file that is a
/// hard link shared with another build is replaced, never written through. Never writes outside
/// the folder.
/// </summary>
public sealed class LiveFolder(string root)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public string Root { get; } = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);

    /// <summary>Writes the file beside its target; it replaces the target at <see cref="Publish"/>.</summary>
    public void Stage(string relativePath, string text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        try
        {
            var length = Utf8.GetBytes(text, buffer);
            using var file = File.OpenHandle(Staged(relativePath), FileMode.Create, FileAccess.Write, FileShare.None, FileOptions.None, length);
            RandomAccess.Write(file, buffer.AsSpan(0, length), 0);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Renames each staged file over its target: one rename per page, no copying.</summary>
    public void Publish(IEnumerable<string> relativePaths)
    {
        foreach (var path in relativePaths)
        {
            File.Move(Staged(path), Resolve(path), overwrite: true);
        }
    }

    /// <summary>Removes staged files of an update that failed: the folder keeps what it had.</summary>
    public void Discard(IEnumerable<string> relativePaths)
    {
        foreach (var path in relativePaths)
        {
            File.Delete(Staged(path));
        }
    }

    private string Staged(string relativePath) => Resolve(relativePath) + ".live-staged";

    /// <summary>Deletes the file, then any folders it leaves empty (a removed entity's page folder).</summary>
    public void Delete(string relativePath)
    {
        var path = Resolve(relativePath);
        File.Delete(path);
        for (var folder = Path.GetDirectoryName(path)!; folder.Length > Root.Length; folder = Path.GetDirectoryName(folder)!)
        {
            if (Directory.EnumerateFileSystemEntries(folder).Any())
            {
                break;
            }
            Directory.Delete(folder);
        }
    }

    private string Resolve(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relativePath));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"refusing to write outside the served folder: {relativePath}");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return full;
    }
}
