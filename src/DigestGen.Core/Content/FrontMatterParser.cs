using DigestGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace DigestGen.Content;

/// <summary>Splits a content file into front matter and body, and reads the front matter.</summary>
public sealed partial class FrontMatterParser(DigestConfig config)
{
    private static readonly string[] Keys =
    [
        "title", "date", "updated", "slug", "summary", "note", "tags", "source", "source_url", "author",
        "lang", "draft", "entities", "ignore_entities",
    ];

    /// <summary>Returns the front matter and where the body starts, or null after reporting why.</summary>
    /// <param name="text">The file's text; only the front matter and the body are made strings.</param>
    public (FrontMatter Meta, string Body, int BodyLine)? Parse(string path, ReadOnlySpan<char> text, DiagnosticBag diagnostics)
    {
        if (text.IsWhiteSpace())
        {
            diagnostics.Add(Diagnostic.Error(path, 1, 1, "file is empty", "start it with front matter: a line '---', title: and date:, then '---'"));
            return null;
        }
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && !text.TrimEnd().SequenceEqual("---"))
        {
            diagnostics.Add(Diagnostic.Error(path, 1, 1, "missing front matter: the file must start with a line '---'", "add '---', title: …, date: …, '---' at the top"));
            return null;
        }
        var end = FindClosingFence(text);
        if (end < 0)
        {
            diagnostics.Add(Diagnostic.Error(path, 1, 1, "front matter is not closed", "add a line '---' after the last front matter key"));
            return null;
        }
        var yaml = end > 4 ? text[4..(end - 1)].ToString() : "";
        var afterFence = text[(end + 3)..].IndexOf('\n');
        var bodyStart = afterFence < 0 ? -1 : end + 3 + afterFence;
        var body = bodyStart < 0 ? "" : text[(bodyStart + 1)..].ToString();
        var bodyLine = CountLines(text, bodyStart < 0 ? text.Length : bodyStart + 1);
        var meta = ReadYaml(path, yaml, diagnostics);
        return meta is null ? null : (meta, body, bodyLine);
    }

    /// <summary>Index of the closing '---' line (after the opening one), or -1.</summary>
    private static int FindClosingFence(ReadOnlySpan<char> text)
    {
        var lineStart = text.IndexOf('\n') + 1;
        while (lineStart > 0 && lineStart < text.Length)
        {
            var next = text[lineStart..].IndexOf('\n');
            var lineEnd = next < 0 ? -1 : lineStart + next;
            var line = text.Slice(lineStart, (lineEnd < 0 ? text.Length : lineEnd) - lineStart);
            if (line.TrimEnd().SequenceEqual("---"))
            {
                return lineStart;
            }
            lineStart = lineEnd + 1;
        }
        return -1;
    }

    private static int CountLines(ReadOnlySpan<char> text, int upTo) => 1 + text[..Math.Min(upTo, text.Length)].Count('\n');

    private FrontMatter? ReadYaml(string path, string yaml, DiagnosticBag diagnostics)
    {
        var root = YamlLoader.Load(path, yaml, 1, "front matter", diagnostics, out var reported);
        if (root is not YamlMappingNode map)
        {
            // Not diagnostics.HasErrors: the bag is shared, so another file's error would silence this one.
            if (!reported)
            {
                diagnostics.Add(Diagnostic.Error(path, 2, 1, "front matter must be a mapping of keys", "write 'title: …' and 'date: …' on their own lines"));
            }
            return null;
        }
        return Read(map, new SettingReader(path, 1, diagnostics), diagnostics);
    }
}
