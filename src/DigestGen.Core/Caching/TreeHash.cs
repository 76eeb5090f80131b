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
    public TreeHash AddTree(string root, Func<string, bool>? include = null)
    {
        Add(root);
        if (!Directory.Exists(root))
        {
            return this;
        }
        // The content loader's walker: it visits each real folder once, so a folder link to '..'
        // cannot send the hash round a loop, and it skips links leading outside the tree.
        var files = ContentFiles.Enumerate(root, "*", root, new DiagnosticBag())
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(r => !r.StartsWith(".digestgen", StringComparison.Ordinal) && (include is null || include(r)))
            .Order(StringComparer.Ordinal);
        foreach (var relative in files)
        {
            Add(relative);
            var bytes = File.ReadAllBytes(Path.Combine(root, relative));
            _hash.AppendData(BitConverter.GetBytes(bytes.Length));
            _hash.AppendData(bytes);
        }
        return this;
    }

    public string Finish() => Hex(_hash.GetHashAndReset());

    public void Dispose() => _hash.Dispose();

    public static string Of(ReadOnlySpan<byte> bytes) => Hex(SHA256.HashData(bytes));

    private static string Hex(byte[] hash) => Convert.ToHexString(hash, 0, 16).ToLowerInvariant();
}
