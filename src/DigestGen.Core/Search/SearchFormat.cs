using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace DigestGen.Search;

/// <summary>The JSON settings of every file under <c>search/</c>, shared by the writer and the reader.</summary>
public static class SearchFormat
{
    public const string Folder = "search/";
    public const int TitleChunk = 256;

    /// <summary>Documents per <c>d/</c> file: a results page shows 20 articles from anywhere in the digest,
    /// so small files keep what it loads close to what it shows.</summary>
    public const int DocumentChunk = 8;
    public const int PrefixLimit = 200;

    /// <summary>Entries in a posting list's first page, which lives in the term's shard: a screen of results (20,
    /// and a 21st that says there are more) for a one-word query, with room to spare, so it needs no second request.</summary>
    public const int HeadPage = 32;

    /// <summary>Each further page of a posting list is this many times the one before (32, 128, 512…).</summary>
    public const int PageGrowth = 4;

    public static JsonSerializerOptions Json { get; } = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = null,
        // Only the shapes described at compile time, no reflection: a native (AOT) binary has none to fall back on.
        TypeInfoResolver = SearchJsonContext.Default,
    };

    /// <summary>How <see cref="Json"/> writes and reads a <typeparamref name="T"/> (one of <see cref="SearchJsonContext"/>'s shapes).</summary>
    public static JsonTypeInfo<T> Shape<T>() => (JsonTypeInfo<T>)Json.GetTypeInfo(typeof(T));
}
