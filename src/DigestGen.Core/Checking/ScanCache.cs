using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Hashing;
using DigestGen.Build;
using DigestGen.Caching;

namespace DigestGen.Checking;

/// <summary>
/// What <c>check</c> found in each page it parsed (ids and references, with their lines), by the page's
/// bytes, kept in the build's cache folder for the next check. After a build that changed a few pages
/// (the Pages workflow builds and checks on every push), the others are read from here instead of parsed
/// again: parsing was nearly all of check's time (1.4 GB of HTML at 10,000 articles). A scan depends only
/// on the page's bytes and this program, so the file is valid for one build of the generator; another
/// build, a damaged file or a missing one is a miss, never an error. Only the pages of the latest check
/// are kept.
/// </summary>
/// <remarks>
/// Each page's scan is held as a few bytes (numbers into one table of strings, shared by every page: most
/// URLs, kinds and ids occur on thousands of pages), so keeping every page's scan until the check ends
/// costs tens of MB at 10,000 articles, not the hundreds its objects would.
/// </remarks>
public sealed class ScanCache
{
    private const string Magic = "DGSCAN";
    private const int Format = 1;

    private readonly string? _path;
    private readonly string[] _loaded;
    private readonly Dictionary<UInt128, byte[]> _previous;
    private readonly ConcurrentDictionary<UInt128, byte[]> _current = new();
    private readonly StringNumbers _strings = new();
    private int _parsed;

    private ScanCache(string? path, string[] strings, Dictionary<UInt128, byte[]> previous)
    {
        _path = path;
        _loaded = strings;
        _previous = previous;
        // The file's numbers stay those of this check, so a page found here is kept as its bytes.
        foreach (var s in strings)
        {
            _strings.Number(s);
        }
    }

    /// <summary>No file: every page is parsed and nothing is kept.</summary>
    public static ScanCache Off() => new(null, [], []);

    /// <summary>The pages that the last <see cref="Scan"/> calls parsed (the others were found here).</summary>
    public int Parsed => _parsed;

    /// <summary>The cache file of the site in <paramref name="outputDirectory"/>, under <paramref name="cacheDirectory"/>.</summary>
    public static string PathFor(string cacheDirectory, string outputDirectory) =>
        Path.Combine(cacheDirectory, $"scans-{TreeHash.Of(System.Text.Encoding.UTF8.GetBytes(Path.GetFullPath(outputDirectory)))[..12]}.bin");

    /// <summary>Opens the file at <paramref name="path"/>; with <paramref name="read"/> false it is only written.</summary>
    public static ScanCache Open(string path, bool read = true)
    {
        if (read && Load(path) is var (strings, pages))
        {
            return new ScanCache(path, [.. strings], pages);
        }
        return new ScanCache(path, [], []);
    }

    /// <summary>The page's scan: from the cache when a page with the same bytes was scanned by this program before, else <paramref name="scan"/> of its text.</summary>
    public PageScan Scan(string relativePath, byte[] bytes, Func<string, string, PageScan> scan)
    {
        if (_path is null)
        {
            Interlocked.Increment(ref _parsed);
            return scan(relativePath, Text(bytes));
        }
        var hash = XxHash128.HashToUInt128(bytes);
        // Two pages of this check with the same bytes (rare) are both parsed: the table is read here only where no thread writes.
        if (_previous.TryGetValue(hash, out var known) && _current.TryAdd(hash, known))
        {
            return Decode(relativePath, known);
        }
        Interlocked.Increment(ref _parsed);
        var fresh = scan(relativePath, Text(bytes));
        _current.TryAdd(hash, Encode(fresh));
        return fresh;
    }

    /// <summary>Writes the scans of this check's pages, unless they are exactly the file's already. A failed write only loses the cache.</summary>
    public void Save()
    {
        if (_path is null || (_parsed == 0 && _current.Count == _previous.Count))
        {
            return;
        }
        // Renumbered densely, in the order first used: strings only pages of earlier checks used are dropped.
        var used = new Dictionary<int, int>();
        var table = new List<string>();
        var pages = _current.OrderBy(p => p.Key).Select(p => (p.Key, Renumber(p.Value, used, table))).ToList();
        // A read-only project is still checked; the next check parses every page again.
        CacheFile.Replace(_path, stream =>
        {
            using var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
            w.Write(Magic);
            w.Write(Format);
            w.Write(CacheKeys.Generator);
            w.Write(table.Count);
            table.ForEach(w.Write);
            w.Write(pages.Count);
            foreach (var (hash, blob) in pages)
            {
                w.Write((ulong)(hash >> 64));
                w.Write((ulong)hash);
                w.Write7BitEncodedInt(blob.Length);
                w.Write(blob);
            }
        });
    }

    /// <summary>The page's text, as <see cref="File.ReadAllText(string)"/> reads UTF-8 (a byte order mark is not text).</summary>
    public static string Text(ReadOnlySpan<byte> bytes) =>
        System.Text.Encoding.UTF8.GetString(bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes);

    private static (List<string> Strings, Dictionary<UInt128, byte[]> Pages)? Load(string path)
    {
        try
        {
            using var stream = new BufferedStream(File.OpenRead(path), 1 << 16);
            using var r = new BinaryReader(stream);
            if (r.ReadString() != Magic || r.ReadInt32() != Format || r.ReadString() != CacheKeys.Generator)
            {
                return null;
            }
            var strings = new List<string>(r.ReadInt32());
            for (var i = strings.Capacity; i > 0; i--)
            {
                strings.Add(r.ReadString());
            }
            var count = r.ReadInt32();
            var pages = new Dictionary<UInt128, byte[]>(count);
            for (var i = 0; i < count; i++)
            {
                var hash = new UInt128(r.ReadUInt64(), r.ReadUInt64());
                pages[hash] = r.ReadBytes(r.Read7BitEncodedInt());
            }
            // Every number a page holds must name a string of the table, and each string be there once: a file that says otherwise is not used.
            return strings.Distinct(StringComparer.Ordinal).Count() == strings.Count && pages.Values.All(blob => Valid(blob, strings.Count))
                ? (strings, pages)
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or ArgumentException or OverflowException)
        {
            return null;
        }
    }

    // A page's scan: its ids (count, then each string's number), then its references (count, then url, kind, line and column of each).
    private byte[] Encode(PageScan scan)
    {
        var buffer = new ArrayBufferWriter<byte>(16 + (scan.Ids.Count * 3) + (scan.References.Count * 8));
        Write(buffer, scan.Ids.Count);
        foreach (var id in scan.Ids)
        {
            Write(buffer, _strings.Number(id));
        }
        Write(buffer, scan.References.Count);
        foreach (var reference in scan.References)
        {
            Write(buffer, _strings.Number(reference.Url));
            Write(buffer, _strings.Number(reference.Kind));
            Write(buffer, reference.Line);
            Write(buffer, reference.Column);
        }
        return buffer.WrittenSpan.ToArray();
    }

    private PageScan Decode(string relativePath, byte[] blob)
    {
        var at = 0;
        var count = Read(blob, ref at);
        var ids = new HashSet<string>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            ids.Add(_loaded[Read(blob, ref at)]);
        }
        count = Read(blob, ref at);
        var references = new List<PageReference>(count);
        for (var i = 0; i < count; i++)
        {
            var url = _loaded[Read(blob, ref at)];
            var kind = _loaded[Read(blob, ref at)];
            references.Add(new PageReference(url, kind, Read(blob, ref at), Read(blob, ref at)));
        }
        return new PageScan(relativePath, ids, references);
    }

    private static bool Valid(byte[] blob, int strings)
    {
        var at = 0;
        for (var n = Read(blob, ref at); n > 0; n--)
        {
            if ((uint)Read(blob, ref at) >= (uint)strings)
            {
                return false;
            }
        }
        for (var n = Read(blob, ref at); n > 0; n--)
        {
            if ((uint)Read(blob, ref at) >= (uint)strings || (uint)Read(blob, ref at) >= (uint)strings)
            {
                return false;
            }
            Read(blob, ref at);
            Read(blob, ref at);
        }
        return at == blob.Length;
    }

    /// <summary>The blob with its string numbers those of <paramref name="table"/>, which it extends with strings not in it yet.</summary>
    private byte[] Renumber(byte[] blob, Dictionary<int, int> used, List<string> table)
    {
        int Map(int number)
        {
            if (!used.TryGetValue(number, out var mapped))
            {
                used[number] = mapped = table.Count;
                table.Add(_strings[number]);
            }
            return mapped;
        }
        var at = 0;
        var buffer = new ArrayBufferWriter<byte>(blob.Length);
        var ids = Read(blob, ref at);
        Write(buffer, ids);
        for (var n = ids; n > 0; n--)
        {
            Write(buffer, Map(Read(blob, ref at)));
        }
        var references = Read(blob, ref at);
        Write(buffer, references);
        for (var n = references; n > 0; n--)
        {
            Write(buffer, Map(Read(blob, ref at)));
            Write(buffer, Map(Read(blob, ref at)));
            Write(buffer, Read(blob, ref at));
            Write(buffer, Read(blob, ref at));
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static void Write(ArrayBufferWriter<byte> buffer, int value)
    {
        var v = (uint)value;
        var span = buffer.GetSpan(5);
        var n = 0;
        while (v >= 0x80)
        {
            span[n++] = (byte)(v | 0x80);
            v >>= 7;
        }
        span[n++] = (byte)v;
        buffer.Advance(n);
    }

    private static int Read(byte[] blob, ref int at)
    {
        uint value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (at >= blob.Length)
            {
                throw new FormatException("a page's scan ends early");
            }
            var b = blob[at++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return (int)value;
            }
        }
        throw new FormatException("a number of a page's scan is too long");
    }
}
