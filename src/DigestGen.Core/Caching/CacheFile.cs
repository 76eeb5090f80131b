using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace DigestGen.Caching;

/// <summary>
/// Reads and writes one JSON file of the cache. A missing, unreadable or outdated file is a
/// miss, never an error: the cache is safe to delete at any time. Writes go through a temporary
/// file and a rename, so a killed build never leaves half a file.
/// </summary>
public static class CacheFile
{
    // Only this program reads the cache, never a browser: text is written as it is, not as \u escapes
    // (an Arabic letter took 6 bytes instead of 2; warnings quote Arabic text).
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = false,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new IndexedFileConverter() },
        // Only the shapes described at compile time, no reflection: a native (AOT) binary has none to fall back on.
        TypeInfoResolver = CacheJsonContext.Default,
    };

    public static T? Read<T>(string path)
        where T : class
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize(stream, Shape<T>());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    public static void Write<T>(string path, T value)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = $"{path}.{Environment.ProcessId}.tmp";
            using (var stream = File.Create(temporary))
            {
                JsonSerializer.Serialize(stream, value, Shape<T>());
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only project still builds; it only builds without a cache.
        }
    }

    private static JsonTypeInfo<T> Shape<T>() => (JsonTypeInfo<T>)Json.GetTypeInfo(typeof(T));
}
