using System.CommandLine;
using System.Text.Json;
using DigestGen.Build;
using DigestGen.Diagnostics;
using DigestGen.Entities;
using DigestGen.Output;

namespace DigestGen.Cli;

internal static class ExtractCommand
{
    public static Command Create(ConsoleStreams console)
    {
        var path = new Argument<string>("PATH") { Description = "an article file or a folder of them" };
        var content = CommonOptions.Content();
        content.Description = "the content root whose digest.yml and entities/ apply";
        var json = new Option<bool>("--json") { Description = "print JSON: articles[] with slug, path, text and entities[] with mentions" };
        var command = new Command("extract", "Print the entities found in an article file or folder.") { path, content, json };
        // The default content root may be absent (an article extracted outside a project); one named is a mistake when it is not there.
        command.SetAction(parse => Run(console, parse.GetValue(path)!, parse.GetValue(content)!, parse.GetValue(json), named: parse.GetResult(content) is { Implicit: false }));
        return command;
    }

    // Written by hand, as api/articles.json is: no serialisation by reflection, which a native (AOT) binary does not have.
    private static readonly JsonWriterOptions ExtractJson = new() { Encoder = DataWriter.Json.Encoder, Indented = true };

    private static int Run(ConsoleStreams console, string path, string contentRoot, bool json, bool named)
    {
        var diagnostics = new DiagnosticBag();
        if (named && !Directory.Exists(contentRoot))
        {
            diagnostics.Add(Diagnostic.Error(contentRoot, 0, 0, "content folder not found",
                "pass --content FOLDER (the folder that holds digest.yml and entities/), or leave it out to extract without them"));
            return DiagnosticPrinter.Print(diagnostics.Sorted(), console.Error, summary: false);
        }
        var articles = Extraction.Run(path, contentRoot, diagnostics);
        var code = DiagnosticPrinter.Print(diagnostics.Sorted(), console.Error);
        if (code != CommandLine.Ok)
        {
            return code;
        }
        if (json)
        {
            console.Out.WriteLine(Json(articles));
            return CommandLine.Ok;
        }
        foreach (var a in articles)
        {
            console.Out.WriteLine($"{a.Path} ({a.Slug})");
            foreach (var e in a.Entities)
            {
                var mark = e.Verified ? "" : " [unverified]";
                console.Out.WriteLine($"  {e.Type.ToName(),-12} {e.Id,-24} {e.Name}{mark} ×{e.Mentions.Count}");
            }
        }
        return CommandLine.Ok;
    }

    /// <summary><c>{"articles": [{"slug", "path", "text", "entities": [...]}]}</c>, entities as <c>api/articles.json</c> writes them.</summary>
    private static string Json(IEnumerable<ExtractedArticle> articles)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, ExtractJson))
        {
            json.WriteStartObject();
            json.WriteStartArray("articles");
            foreach (var a in articles)
            {
                json.WriteStartObject();
                json.WriteString("slug", a.Slug);
                json.WriteString("path", a.Path);
                json.WriteString("text", a.Text);
                json.WritePropertyName("entities");
                ApiShapes.WriteEntities(json, a.Entities);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
