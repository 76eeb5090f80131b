using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using DigestGen.Site.Views;

namespace DigestGen.Caching;

/// <summary>
/// Writes an article card into a page fingerprint as the hash of the card, computed once per
/// card. A card is shared by every list its article is on (home, tags, archive, entity pages,
/// related lists), so serialising it in full for each of them was most of the fingerprinting.
/// Cards are immutable records, so a card's hash never goes stale.
/// </summary>
internal sealed class CardFingerprintConverter : JsonConverter<ArticleCard>
{
    private static readonly ConditionalWeakTable<ArticleCard, string> Hashes = new();

    private static readonly JsonSerializerOptions Plain = new()
    {
        IncludeFields = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public override ArticleCard Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("fingerprints are only written");

    public override void Write(Utf8JsonWriter writer, ArticleCard value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Hashes.GetValue(value, card => TreeHash.Of(JsonSerializer.SerializeToUtf8Bytes(card, Plain))));
}
