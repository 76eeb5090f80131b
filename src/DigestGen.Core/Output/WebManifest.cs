using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using DigestGen.Content;
using DigestGen.Site;

namespace DigestGen.Output;

/// <summary>
/// Fills the theme's <c>assets/manifest.webmanifest</c> with the digest's own name, description
/// and language: the theme owns the icons and colours, <c>digest.yml</c> owns the words. URLs in
/// the manifest stay relative to it, so the installed app works from a sub-path too.
/// </summary>
public static class WebManifest
{
    public const string RelativePath = "assets/manifest.webmanifest";

    public static void Fill(OutputFolder output, DigestConfig config)
    {
        var path = output.Resolve(RelativePath);
        if (!File.Exists(path) || JsonNode.Parse(File.ReadAllText(path)) is not JsonObject manifest)
        {
            return;
        }
        manifest["name"] = config.Title;
        manifest["short_name"] = ShortName(config.Title);
        manifest["description"] = config.Description;
        manifest["lang"] = config.Language;
        manifest["dir"] = Languages.DirectionOf(config.Language);
        // Written by the node itself, not by JsonSerializer: options without a resolver made the serializer
        // build its reflection-based defaults, a first-use cost in the start-up of every build.
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = DataWriter.Json.Encoder, Indented = true }))
        {
            manifest.WriteTo(json);
        }
        output.WriteBytes(RelativePath, buffer.WrittenSpan);
    }

    // Launchers truncate around 12 characters; the first two words of an Arabic title read whole.
    private static string ShortName(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return title.Length <= 12 || words.Length < 2 ? title : string.Join(' ', words.Take(2));
    }
}
