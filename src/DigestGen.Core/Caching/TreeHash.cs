using System.Security.Cryptography;
using System.Text;
using DigestGen.Content;
using DigestGen.Diagnostics;

namespace DigestGen.Caching;

/// <summary>
/// SHA-256 over what a build reads: file paths and bytes, in ordinal path order, so the same
/// tree gives the same key on every machine. Keys are hex, cut to 32 characters.
/// </summary>
public sealed class TreeHash : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public TreeHash Add(string? text)
    {
        var bytes = Encoding.UTF8.GetBytes(text ?? "\0");
        _hash.AppendData(BitConverter.GetBytes(bytes.Length));
        _hash.AppendData(bytes);
        return this;
    }

    /// <summary>Every file under <paramref name="root"/>, by relative path.</summary>
    public TreeHash AddTree(string root) => AddFiles(root, FileDigests(root));

    /// <summary>Files listed by <see cref="FileDigests"/> (or a part of them): each relative path, then its contents' digest.</summary>
    public TreeHash AddFiles(string root, IEnumerable<(string Relative, byte[] Digest)> files)
    {
        Add(root);
        foreach (var (relative, digest) in files)
        {
            Add(relative);
            _hash.AppendData(digest);
        }
        return this;
    }

    /// <summary>
    /// Every file under <paramref name="root"/> (but the cache's own folder) by relative path, in ordinal order.
    /// The content loader's walker: it visits each real folder once, so a folder link to '..' cannot send the
    /// hash round a loop, and it skips links leading outside the tree.
    /// </summary>
    public static IReadOnlyList<string> Files(string root) =>
        !Directory.Exists(root)
            ? []
            : ContentFiles.Enumerate(root, "*", root, new DiagnosticBag())
                .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
                .Where(r => !r.StartsWith(".digestgen", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .ToArray();

    /// <summary>Every file under <paramref name="root"/> with the SHA-256 of its bytes (see <see cref="Files"/>).</summary>
    public static IReadOnlyList<(string Relative, byte[] Digest)> FileDigests(string root) => FileDigests(root, Files(root));

    /// <summary>
    /// The files listed, with the SHA-256 of their bytes, read and hashed in parallel: a large archive's
    /// tree is hashed before every incremental build, and on one core that was a whole second at 10,000
    /// articles. A file whose full path is in <paramref name="known"/> (the digest of the bytes a build
    /// read) is not read again, nor is one whose stat <paramref name="index"/> vouches for; the index
    /// records every file's stat and digest for the next build.
    /// </summary>
    public static IReadOnlyList<(string Relative, byte[] Digest)> FileDigests(string root, IReadOnlyList<string> files,
        IReadOnlyDictionary<string, byte[]>? known = null, ContentIndex.Recorder? index = null)
    {
        var digests = new (string, byte[])[files.Count];
        Parallel.For(0, files.Count, Build.Cores.One, i =>
        {
            var path = Path.GetFullPath(Path.Combine(root, files[i]));
            // The stat is taken before the file is read: a write in between leaves a stat the next build sees change.
            var stat = index is null ? null : FileStat.Of(path);
            if (known is null || !known.TryGetValue(path, out var digest))
            {
                digest = index?.Known(files[i], stat) ?? DigestOf(path);
            }
            index?.Record(files[i], stat, digest);
            digests[i] = (files[i], digest);
        });
        return digests;
    }

    /// <summary>
    /// A file deleted after the tree was listed (a clean build keys its articles when it saves, after the
    /// build) counts as an empty digest, which no file's SHA-256 equals: the key can then match no later
    /// tree, so the next build builds again. Other read errors are real and reported.
    /// </summary>
    private static byte[] DigestOf(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            return SHA256.HashData(stream);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return [];
        }
    }

    public string Finish() => Hex(_hash.GetHashAndReset());

    public void Dispose() => _hash.Dispose();

    public static string Of(ReadOnlySpan<byte> bytes) => Hex(SHA256.HashData(bytes));

    private static string Hex(byte[] hash) => Convert.ToHexString(hash, 0, 16).ToLowerInvariant();
}
