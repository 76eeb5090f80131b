using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace DigestGen.Search;

/// <summary>The JSON settings of every file under <c>search/</c>, shared by the writer and the reader.</summary>
public static class SearchFormat
{
    public const string Folder = "search/";
    public const int TitleChunk = 256;
    public const int SummaryChunk = 64;
    public const int PrefixLimit = 200;

    public static JsonSerializerOptions Json { get; } = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = null,
    };
}
