using System.Text;
using DigestGen.Markdown;
using static DigestGen.Caching.ChecksummedFile;

namespace DigestGen.Caching;

/// <summary>
/// The body cache's file: each content hash to its body's excerpt, corrections and word count.
/// </summary>
/// <remarks>
/// Layout (numbers as 7-bit encoded integers): magic, format (int32), generator; the articles (count, then
/// each content hash, excerpt, correction count and each correction, word count), in ordinal order
/// of their hash; then the XXH64 of all the bytes before it. A file that does not check out is a miss.
/// The texts are each article's own, so there is no string table.
/// </remarks>
internal static class BodyCacheFile
{
    private const string Magic = "DGBODIES";
    private const int Format = 1;

    /// <summary>The file's facts by content hash, or null when it is missing, unreadable, damaged or of another version (a miss).</summary>
    public static Dictionary<string, BodyFacts>? Read(string path) => ChecksummedFile.Read(path, Decode);

    public static void Write(string path, IReadOnlyDictionary<string, BodyFacts> articles)
    {
        // A text that is not Unicode would not read back as it was: no file, so no wrong one.
        if (Ordered(articles) is { } ordered)
        {
            CacheFile.Replace(path, stream => WriteTo(stream, ordered));
        }
    }

    /// <summary>The file's bytes (for tests); throws <see cref="EncoderFallbackException"/> for a text that is not Unicode.</summary>
    internal static byte[] Encode(IReadOnlyDictionary<string, BodyFacts> articles)
    {
        var ordered = Ordered(articles) ?? throw new EncoderFallbackException("a text of the body cache is not Unicode");
        using var file = new MemoryStream();
        WriteTo(file, ordered);
        return file.ToArray();
    }

    /// <summary>The file's bytes read back (for tests), or null for a miss.</summary>
    internal static Dictionary<string, BodyFacts>? Decode(byte[] bytes) => ChecksummedFile.Read(new MemoryStream(bytes, writable: false), Decode);

    private static List<KeyValuePair<string, BodyFacts>>? Ordered(IReadOnlyDictionary<string, BodyFacts> articles)
    {
        var ordered = articles.OrderBy(a => a.Key, StringComparer.Ordinal).ToList();
        foreach (var (hash, facts) in ordered)
        {
            if (!IsUnicode(hash) || !IsUnicode(facts.Excerpt) || !facts.Corrections.All(IsUnicode))
            {
                return null;
            }
        }
        return ordered;
    }

    private static void WriteTo(Stream target, List<KeyValuePair<string, BodyFacts>> articles) => ChecksummedFile.Write(target, w =>
    {
        WriteHeader(w, Magic, Format);
        w.Write7BitEncodedInt(articles.Count);
        foreach (var (hash, facts) in articles)
        {
            w.Write(hash);
            w.Write(facts.Excerpt);
            w.Write7BitEncodedInt(facts.Corrections.Count);
            for (var i = 0; i < facts.Corrections.Count; i++)
            {
                w.Write(facts.Corrections[i]);
            }
            w.Write7BitEncodedInt(facts.WordCount);
        }
    });

    private static Dictionary<string, BodyFacts>? Decode(BinaryReader r)
    {
        if (!HasHeader(r, Magic, Format))
        {
            return null;
        }
        var count = Count(r);
        var articles = new Dictionary<string, BodyFacts>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var hash = r.ReadString();
            var excerpt = r.ReadString();
            var corrections = new string[Count(r)];
            for (var k = 0; k < corrections.Length; k++)
            {
                corrections[k] = r.ReadString();
            }
            if (!articles.TryAdd(hash, new BodyFacts(excerpt, corrections, NonNegative(r))))
            {
                return null;
            }
        }
        return articles;
    }
}
