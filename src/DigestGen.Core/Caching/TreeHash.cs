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

    /// <summary>Every file under <paramref name="root"/> whose path passes <paramref name="include"/>, by relative path.</summary>
    public TreeHash AddTree(string root, Func<string, bool>? include = null) =>
        AddFiles(root, FileDigests(root).Where(f => include is null || include(f.Relative)));

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
    /// Every file under <paramref name="root"/> (but the cache's own folder), in ordinal path order, with the
    /// SHA-256 of its bytes. The files are read and hashed in parallel: a large archive's tree is hashed
    /// before every build, and on one core that was a whole second at 10,000 articles.
    /// </summary>
    public static IReadOnlyList<(string Relative, byte[] Digest)> FileDigests(string root)
    {
        if (!Directory.Exists(root))
        {
            return [];
        }
        // The content loader's walker: it visits each real folder once, so a folder link to '..'
        // cannot send the hash round a loop, and it skips links leading outside the tree.
        var files = ContentFiles.Enumerate(root, "*", root, new DiagnosticBag())
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(r => !r.StartsWith(".digestgen", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var digests = new (string, byte[])[files.Length];
        Parallel.For(0, files.Length, Build.Cores.One, i =>
        {
            using var stream = new FileStream(Path.Combine(root, files[i]), FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            digests[i] = (files[i], SHA256.HashData(stream));
        });
        return digests;
    }

    public string Finish() => Hex(_hash.GetHashAndReset());

    public void Dispose() => _hash.Dispose();

    public static string Of(ReadOnlySpan<byte> bytes) => Hex(SHA256.HashData(bytes));

    private static string Hex(byte[] hash) => Convert.ToHexString(hash, 0, 16).ToLowerInvariant();
}
