using System.Buffers;
using System.IO.Hashing;
using System.Text;
using System.Text.Json;
using DigestGen.Caching;
using DigestGen.Linking;
using DigestGen.Site;
using Microsoft.Win32.SafeHandles;

namespace DigestGen.Output;

/// <summary>
/// What a build keeps of <c>api/articles.json</c> and <c>api/entities.json</c> for the next one: where
/// each article's and each entity's JSON lies in the file, under a key of what it was written from.
/// The next build, when the site is as this one left it under the same theme, settings and generator
/// (<see cref="BuildCache.CanReusePages"/>) and each file is the very one recorded (its size and time),
/// copies those bytes for every key it meets again instead of serialising that article or entity anew:
/// after one edit at 10,000 articles, that is all but one article and the few entities whose list
/// shows it differently. <c>serve</c> keeps the same in memory (<see cref="DataFragments"/>).
/// </summary>
/// <remarks>
/// An article's key is its file (path and content hash): everything its JSON holds comes from that
/// file, the settings and the gazetteer, and the last two are in the page key. An entity's key is a
/// hash of what its JSON shows: its details, each article it lists as written (slug, path, title) and
/// its co-mentions as written.
/// </remarks>
public sealed class DataSplice : IDisposable
{
    private const string Magic = "DGDATA";
    private const int Format = 1;

    internal Part Articles { get; }
    internal Part Entities { get; }

    private DataSplice(Part articles, Part entities)
    {
        Articles = articles;
        Entities = entities;
    }

    /// <summary>Nothing to copy from: every article and entity is serialised, and where each lies is recorded.</summary>
    public static DataSplice Fresh() => new(new Part("api/articles.json", null, null), new Part("api/entities.json", null, null));

    /// <summary>
    /// The record the last build left in <paramref name="path"/>, for the site in <paramref name="siteFolder"/>
    /// whose files are <paramref name="siteFiles"/>; fresh when there is none, it is damaged, or it
    /// describes other files than those in the site now.
    /// </summary>
    public static DataSplice Open(string path, string pageKey, string siteFolder, IReadOnlyList<OutputStamp.Entry> siteFiles)
    {
        var fresh = Fresh();
        if (Load(path, pageKey) is not { } recorded)
        {
            return fresh;
        }
        var onDisk = ByPath(siteFiles);
        Part Reopen(Part part)
        {
            if (!recorded.TryGetValue(part.File, out var r) || !onDisk.TryGetValue(part.File, out var now) || now.Length != r.Length || now.Ticks != r.Ticks)
            {
                return part;
            }
            try
            {
                return new Part(part.File, r.Fragments, File.OpenHandle(Path.Combine(siteFolder, part.File), FileMode.Open, FileAccess.Read));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return part;
            }
        }
        return new DataSplice(Reopen(fresh.Articles), Reopen(fresh.Entities));
    }

    /// <summary>The key of an article's JSON: its file.</summary>
    internal static string ArticleKey(ArticleEntry a) => $"{a.Article.RelativePath}\n{a.Article.ContentHash}";

    /// <summary>The key of an entity's JSON: a hash of everything it writes.</summary>
    /// <param name="listed">Each article's hash as entities list it (slug, path, title), made once per build: an article is listed under each of its entities.</param>
    internal static string EntityKey(EntitySummary e, IReadOnlyList<ArticleEntry> articles, IReadOnlyList<CoMention> coMentions,
        Dictionary<ArticleEntry, UInt128> listed)
    {
        var hash = new XxHash128();
        Add(hash, e.Id);
        Add(hash, e.Name);
        Add(hash, ((int)e.Type).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add(hash, e.Verified ? "1" : "0");
        Add(hash, e.Gazetteer?.Description);
        foreach (var alias in e.Gazetteer?.Aliases ?? [])
        {
            Add(hash, alias);
        }
        Add(hash, "\0articles");
        Span<byte> bytes = stackalloc byte[16];
        foreach (var a in articles)
        {
            if (!listed.TryGetValue(a, out var value))
            {
                var one = new XxHash128();
                Add(one, a.Slug);
                Add(one, a.Path);
                Add(one, a.Meta.Title);
                listed[a] = value = one.GetCurrentHashAsUInt128();
            }
            BitConverter.TryWriteBytes(bytes, value);
            hash.Append(bytes);
        }
        Add(hash, "\0co-mentions");
        foreach (var c in coMentions)
        {
            Add(hash, c.Entity.Id);
            Add(hash, c.Entity.Name);
            Add(hash, c.SharedArticles.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Add(hash, DataWriter.RoundedWeight(c.Weight).ToString("R", System.Globalization.CultureInfo.InvariantCulture));
        }
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    /// <summary>A string as its length and UTF-16 code units: no two lists of strings hash the same bytes.</summary>
    private static void Add(XxHash128 hash, string? text)
    {
        Span<byte> length = stackalloc byte[4];
        BitConverter.TryWriteBytes(length, text?.Length ?? -1);
        hash.Append(length);
        hash.Append(System.Runtime.InteropServices.MemoryMarshal.AsBytes((text ?? "").AsSpan()));
    }

    /// <summary>
    /// Writes the JSON of <paramref name="key"/> into <paramref name="json"/>: the last build's bytes when
    /// it wrote that key, else <paramref name="write"/>'s; and records where it lies in this file.
    /// </summary>
    internal static void Write(Part part, Utf8JsonWriter json, string key, Action<Utf8JsonWriter> write)
    {
        var fragment = part.Previous(key) ?? part.Serialise(write);
        json.WriteRawValue(fragment.Span, skipInputValidation: true);
        part.Written.Add((key, json.BytesCommitted + json.BytesPending - fragment.Length, fragment.Length));
    }

    /// <summary>Records where each article and entity lies in the files just committed, with each file's size and time.</summary>
    public void Save(string path, string pageKey, IReadOnlyList<OutputStamp.Entry> committed)
    {
        var files = ByPath(committed);
        CacheFile.Replace(path, stream =>
        {
            using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
            w.Write(Magic);
            w.Write(Format);
            w.Write(CacheKeys.Generator);
            w.Write(pageKey);
            var parts = new[] { Articles, Entities }.Where(p => files.ContainsKey(p.File)).ToList();
            w.Write(parts.Count);
            foreach (var part in parts)
            {
                var file = files[part.File];
                w.Write(part.File);
                w.Write(file.Length);
                w.Write(file.Ticks);
                w.Write(part.Written.Count);
                foreach (var (key, offset, length) in part.Written)
                {
                    w.Write(key);
                    w.Write(offset);
                    w.Write(length);
                }
            }
        });
    }

    private static Dictionary<string, OutputStamp.Entry> ByPath(IReadOnlyList<OutputStamp.Entry> files) =>
        files.ToDictionary(f => f.Path.Replace('\\', '/'), StringComparer.Ordinal);

    public void Dispose()
    {
        Articles.Dispose();
        Entities.Dispose();
    }

    private static Dictionary<string, Recorded>? Load(string path, string pageKey)
    {
        try
        {
            using var stream = new BufferedStream(File.OpenRead(path), 1 << 16);
            using var r = new BinaryReader(stream, Encoding.UTF8);
            if (r.ReadString() != Magic || r.ReadInt32() != Format || r.ReadString() != CacheKeys.Generator || r.ReadString() != pageKey)
            {
                return null;
            }
            var recorded = new Dictionary<string, Recorded>(StringComparer.Ordinal);
            for (var parts = r.ReadInt32(); parts > 0; parts--)
            {
                var file = r.ReadString();
                var (length, ticks) = (r.ReadInt64(), r.ReadInt64());
                var count = r.ReadInt32();
                var fragments = new Dictionary<string, (long, int)>(Math.Clamp(count, 0, 1 << 20), StringComparer.Ordinal);
                for (var i = 0; i < count; i++)
                {
                    var key = r.ReadString();
                    var (offset, size) = (r.ReadInt64(), r.ReadInt32());
                    if (offset < 0 || size <= 0 || offset + size > length)
                    {
                        return null;
                    }
                    fragments[key] = (offset, size);
                }
                recorded[file] = new Recorded(length, ticks, fragments);
            }
            return stream.Position == stream.Length ? recorded : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or ArgumentException or OverflowException)
        {
            return null;
        }
    }

    private sealed record Recorded(long Length, long Ticks, Dictionary<string, (long Offset, int Length)> Fragments);

    /// <summary>One file: what the last build wrote in it (with the file open to copy from), and what this build writes.</summary>
    internal sealed class Part(string file, Dictionary<string, (long Offset, int Length)>? previous, SafeFileHandle? handle) : IDisposable
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);

        public string File => file;

        public List<(string Key, long Offset, int Length)> Written { get; } = [];

        /// <summary>How many fragments were copied from the last build's file (the rest were serialised), for tests and --verbose.</summary>
        public int Copied { get; private set; }

        public ReadOnlyMemory<byte>? Previous(string key)
        {
            if (handle is null || previous is null || !previous.TryGetValue(key, out var at))
            {
                return null;
            }
            _buffer.ResetWrittenCount();
            var span = _buffer.GetSpan(at.Length)[..at.Length];
            var read = 0;
            for (int n; read < at.Length && (n = RandomAccess.Read(handle, span[read..], at.Offset + read)) > 0;)
            {
                read += n;
            }
            if (read < at.Length)
            {
                return null;
            }
            _buffer.Advance(read);
            Copied++;
            return _buffer.WrittenMemory;
        }

        public ReadOnlyMemory<byte> Serialise(Action<Utf8JsonWriter> write)
        {
            _buffer.ResetWrittenCount();
            using (var json = new Utf8JsonWriter(_buffer, DataWriter.WriterOptions))
            {
                write(json);
            }
            return _buffer.WrittenMemory;
        }

        public void Dispose() => handle?.Dispose();
    }
}
