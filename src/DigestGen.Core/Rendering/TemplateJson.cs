using System.Buffers;
using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DigestGen.Rendering;

/// <summary>
/// What the <c>json</c> template function writes: any value a template holds, as System.Text.Json
/// serialises it with its defaults (properties under their own names, dictionaries as objects, lists
/// as arrays, dates as ISO 8601, enums as numbers), walked here by hand. The serializer's reflection
/// needs code generated at run time for some shapes (a record with an <c>int</c> in its constructor),
/// which a native (AOT) binary does not have.
/// </summary>
internal static class TemplateJson
{
    // As the serializer's own limit: a view that holds itself is an error, not a stack overflow.
    private const int MaxDepth = 64;

    private static readonly ConcurrentDictionary<Type, (string Name, Func<object, object?> Read)[]> Properties = new();

    public static string Write(object? value, JsonWriterOptions options)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            WriteValue(json, value, 0);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteValue(Utf8JsonWriter json, object? value, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidOperationException($"json: a value nested more than {MaxDepth} deep (a value that holds itself?)");
        }
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string s:
                json.WriteStringValue(s);
                break;
            case char c:
                json.WriteStringValue(c.ToString());
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case int or long or short or sbyte:
                json.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case uint or ulong or ushort or byte:
                json.WriteNumberValue(Convert.ToUInt64(value, CultureInfo.InvariantCulture));
                break;
            case double d:
                json.WriteNumberValue(d);
                break;
            case float f:
                json.WriteNumberValue(f);
                break;
            case decimal m:
                json.WriteNumberValue(m);
                break;
            case DateTimeOffset t:
                json.WriteStringValue(t);
                break;
            case DateTime t:
                json.WriteStringValue(t);
                break;
            case Guid g:
                json.WriteStringValue(g);
                break;
            case Enum e:
                WriteEnum(json, e);
                break;
            case IDictionary<string, object?> map:
                json.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    json.WritePropertyName(key);
                    WriteValue(json, item, depth + 1);
                }
                json.WriteEndObject();
                break;
            case IDictionary dictionary:
                json.WriteStartObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    json.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "");
                    WriteValue(json, entry.Value, depth + 1);
                }
                json.WriteEndObject();
                break;
            case IEnumerable items:
                json.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(json, item, depth + 1);
                }
                json.WriteEndArray();
                break;
            default:
                json.WriteStartObject();
                foreach (var (name, read) in Properties.GetOrAdd(value.GetType(), PropertiesOf))
                {
                    json.WritePropertyName(name);
                    WriteValue(json, read(value), depth + 1);
                }
                json.WriteEndObject();
                break;
        }
    }

    private static void WriteEnum(Utf8JsonWriter json, Enum e)
    {
        if (Enum.GetUnderlyingType(e.GetType()) == typeof(ulong))
        {
            json.WriteNumberValue(Convert.ToUInt64(e, CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNumberValue(Convert.ToInt64(e, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The public instance properties the serializer writes: readable, no indexer, not <c>[JsonIgnore]</c>d, under <c>[JsonPropertyName]</c> if given.</summary>
    private static (string, Func<object, object?>)[] PropertiesOf(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0
                && p.GetCustomAttribute<JsonIgnoreAttribute>() is not { Condition: JsonIgnoreCondition.Always })
            .Select(p => (p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? p.Name,
                CompiledMemberAccessor.ReaderWithoutCodeGeneration(type, p)))];
}
