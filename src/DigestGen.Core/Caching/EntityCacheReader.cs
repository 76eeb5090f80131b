using System.Text;
using System.Text.Json;
using DigestGen.Entities;

namespace DigestGen.Caching;

/// <summary>
/// Reads the entity cache's file (the shape <see cref="CacheFile"/> writes: each content hash to its
/// entities, each mention as <c>[text, start, length]</c>) in one pass over its bytes. At 10,000
/// articles the file is 48 MB and holds 730,000 mentions of a few thousand distinct texts: each text, id
/// and name is made into a string once and shared, where the serialiser made a string of every
/// occurrence. Reading that file alone took the serialiser 0.8 s and 160 MiB, and takes this reader
/// 0.6 s and 134 MiB.
/// </summary>
internal static class EntityCacheReader
{
    /// <summary>The file's entities by content hash, or null when it is missing, unreadable or not of this shape (a miss).</summary>
    public static Dictionary<string, List<FoundEntity>>? Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        try
        {
            return Parse(bytes);
        }
        // A damaged file (a number out of range, bytes that are not UTF-8) is a miss too, never an error.
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or DecoderFallbackException)
        {
            return null;
        }
    }

    internal static Dictionary<string, List<FoundEntity>> Parse(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        var strings = new StringPool();
        var result = new Dictionary<string, List<FoundEntity>>(StringComparer.Ordinal);
        Next(ref reader, JsonTokenType.StartObject);
        while (Read(ref reader) != JsonTokenType.EndObject)
        {
            Expect(reader.TokenType == JsonTokenType.PropertyName);
            var hash = reader.GetString()!;
            Next(ref reader, JsonTokenType.StartArray);
            var entities = new List<FoundEntity>();
            while (Read(ref reader) != JsonTokenType.EndArray)
            {
                entities.Add(ReadEntity(ref reader, strings));
            }
            result[hash] = entities;
        }
        Expect(!reader.Read());
        return result;
    }

    private static FoundEntity ReadEntity(ref Utf8JsonReader reader, StringPool strings)
    {
        Expect(reader.TokenType == JsonTokenType.StartObject);
        string? id = null, name = null;
        int? type = null;
        bool? verified = null;
        List<Mention>? mentions = null;
        while (Read(ref reader) != JsonTokenType.EndObject)
        {
            Expect(reader.TokenType == JsonTokenType.PropertyName);
            if (reader.ValueTextEquals("Id"u8))
            {
                id = NextString(ref reader, strings);
            }
            else if (reader.ValueTextEquals("Name"u8))
            {
                name = NextString(ref reader, strings);
            }
            else if (reader.ValueTextEquals("Type"u8))
            {
                Next(ref reader, JsonTokenType.Number);
                type = reader.GetInt32();
            }
            else if (reader.ValueTextEquals("Verified"u8))
            {
                var token = Read(ref reader);
                Expect(token is JsonTokenType.True or JsonTokenType.False);
                verified = token == JsonTokenType.True;
            }
            else if (reader.ValueTextEquals("Mentions"u8))
            {
                mentions = ReadMentions(ref reader, strings);
            }
            else
            {
                // A member this version does not know: skipped, as the serialiser would.
                Read(ref reader);
                reader.Skip();
            }
        }
        Expect(id is not null && name is not null && type is not null && Enum.IsDefined((EntityType)type.Value)
            && verified is not null && mentions is not null);
        return new FoundEntity(id!, name!, (EntityType)type!.Value, verified!.Value, mentions!);
    }

    private static List<Mention> ReadMentions(ref Utf8JsonReader reader, StringPool strings)
    {
        Next(ref reader, JsonTokenType.StartArray);
        var mentions = new List<Mention>();
        while (Read(ref reader) != JsonTokenType.EndArray)
        {
            Expect(reader.TokenType == JsonTokenType.StartArray);
            var text = NextString(ref reader, strings);
            Next(ref reader, JsonTokenType.Number);
            var start = reader.GetInt32();
            Next(ref reader, JsonTokenType.Number);
            var length = reader.GetInt32();
            Next(ref reader, JsonTokenType.EndArray);
            mentions.Add(new Mention(text, start, length));
        }
        return mentions;
    }

    private static string NextString(ref Utf8JsonReader reader, StringPool strings)
    {
        Next(ref reader, JsonTokenType.String);
        return reader.ValueIsEscaped ? strings.Get(reader.GetString()!) : strings.Get(reader.ValueSpan);
    }

    private static JsonTokenType Read(ref Utf8JsonReader reader)
    {
        Expect(reader.Read());
        return reader.TokenType;
    }

    private static void Next(ref Utf8JsonReader reader, JsonTokenType expected) => Expect(Read(ref reader) == expected);

    private static void Expect(bool ok)
    {
        if (!ok)
        {
            throw new JsonException("not an entity cache of this version");
        }
    }

    /// <summary>One string per distinct text, looked up by its UTF-8 bytes decoded into a reused buffer.</summary>
    private sealed class StringPool
    {
        private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
        private char[] _chars = new char[256];

        public string Get(ReadOnlySpan<byte> utf8)
        {
            if (_chars.Length < utf8.Length)
            {
                _chars = new char[utf8.Length * 2];
            }
            var length = Utf8.GetChars(utf8, _chars);
            return Get(_chars.AsSpan(0, length));
        }

        public string Get(string text) => Get(text.AsSpan());

        private string Get(ReadOnlySpan<char> text)
        {
            var lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(text, out var known))
            {
                known = text.ToString();
                lookup[text] = known;
            }
            return known;
        }
    }
}
