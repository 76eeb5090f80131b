using System.Collections.Concurrent;
using System.IO.Hashing;

namespace DigestGen.Output;

/// <summary>
/// What <c>serve</c> last wrote into its folder: an XxHash128 of each file's bytes, by path. A refresh
/// after an edit then tells a file it would write again with the same bytes from its hash, instead of
/// opening the served copy and reading it back: at ten thousand articles the search index alone is
/// eleven thousand files, an edit changes a few dozen, and every one was read back after each edit.
/// Only serve keeps one, since no one else writes its folder, and a file the record does not know
/// (or whose size no longer matches) is compared byte by byte as before. What a refresh records
/// counts once its files are in place (<see cref="Commit"/>): a refresh that fails leaves the record as it was.
/// </summary>
public sealed class WrittenHashes
{
    private Dictionary<string, UInt128> _committed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, UInt128> _pending = new(StringComparer.Ordinal);

    /// <summary>How many files the last committed refresh compared byte by byte with the served copy, for tests and <c>--verbose</c>.</summary>
    public int ReadBack { get; private set; }

    private int _readBack;

    internal static UInt128 Of(ReadOnlySpan<byte> bytes) => XxHash128.HashToUInt128(bytes);

    internal void Begin()
    {
        _pending.Clear();
        _readBack = 0;
    }

    /// <summary>True or false when the file was last written with this hash or another; null when the record does not know it.</summary>
    internal bool? SameAsLast(string relative, UInt128 hash) =>
        _committed.TryGetValue(relative, out var last) ? last == hash : null;

    internal void Record(string relative, UInt128 hash) => _pending[relative] = hash;

    /// <summary>A file kept as it is without its bytes at hand (a page or feed reused whole): its last hash still holds.</summary>
    internal void Keep(string relative)
    {
        if (_committed.TryGetValue(relative, out var last))
        {
            _pending[relative] = last;
        }
    }

    internal void CountReadBack() => Interlocked.Increment(ref _readBack);

    /// <summary>The folder may no longer be what the record says (a refresh failed while moving its files in): every file is read back next time.</summary>
    public void Forget() => _committed = new Dictionary<string, UInt128>(StringComparer.Ordinal);

    /// <summary>The refresh's files are in place: what it wrote and kept is now the record.</summary>
    public void Commit()
    {
        _committed = new Dictionary<string, UInt128>(_pending, StringComparer.Ordinal);
        ReadBack = _readBack;
    }
}
