using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using DigestGen.Rendering;

namespace DigestGen.Caching;

/// <summary>
/// What a page's HTML depends on besides the theme and settings: its kind, path and view. The
/// view is serialised (runtime types, so <c>Data</c> is seen whole) and hashed; serialising is
/// far cheaper than rendering. A view that cannot be serialised gets no fingerprint and is
/// always rendered.
/// </summary>
public static class PageFingerprint
{
    private static readonly JsonSerializerOptions Json = new()
    {
        // No reference tracking: views are trees, and a cycle would exceed MaxDepth and leave the page unfingerprinted (always rendered).
        // Scriban reads public fields as well as properties; a field left out would hide a change.
        IncludeFields = true,
        MaxDepth = 128,
    };

    // Only hashed, never shown: the default encoder escaped every Arabic letter as \uXXXX (six bytes each).
    // The writer's encoder is the one used, so it is set here rather than in the serializer options.
    private static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    public static string? Of(Page page)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(64 * 1024);
        buffer.ResetWrittenCount();
        try
        {
            using (var writer = new Utf8JsonWriter(buffer, Writer))
            {
                writer.WriteStartArray();
                writer.WriteStringValue(page.Kind);
                writer.WriteStringValue(page.OutputPath);
                JsonSerializer.Serialize(writer, page.View, page.View.GetType(), Json);
                writer.WriteEndArray();
            }
            return TreeHash.Of(buffer.WrittenSpan);
        }
        catch (Exception e) when (e is NotSupportedException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
