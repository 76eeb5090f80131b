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

    public static void Write<T>(string path, T value) => Replace(path, stream => JsonSerializer.Serialize(stream, value, Shape<T>()));

    /// <summary>
    /// Writes a cache file through a temporary file beside it and a rename, so a killed build never leaves
    /// half a file. A folder that cannot be written is skipped: a read-only project still builds, only
    /// without that cache.
    /// </summary>
    public static void Replace(string path, Action<Stream> write)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = $"{path}.{Environment.ProcessId}.tmp";
            using (var stream = new BufferedStream(File.Create(temporary), 1 << 16))
            {
                write(stream);
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Deletes a stale cache file; one that cannot be deleted (a read-only project) is left, as a write that cannot be made is skipped.</summary>
    public static void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    private static JsonTypeInfo<T> Shape<T>() => (JsonTypeInfo<T>)Json.GetTypeInfo(typeof(T));
}
