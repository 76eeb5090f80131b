using DigestGen.Content;
using DigestGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace DigestGen.Entities;

/// <summary>Reads one gazetteer YAML file into entries, reporting each malformed entry with its line
/// (YamlDotNet's marks) and skipping it, so one typo does not hide the rest of the file.</summary>
internal static class GazetteerFileReader
{
    private static readonly HashSet<string> KnownKeys = ["id", "name", "type", "aliases", "description", "links"];
    private static readonly HashSet<string> KnownLinkKeys = ["website", "wikipedia", "wikidata"];

    public static IReadOnlyList<GazetteerEntity> Read(string path, DiagnosticBag diagnostics)
    {
        // Strict UTF-8 with a size limit, and a loader that refuses stack-overflowing nesting (issue #10).
        var text = Content.TextFile.Read(path, diagnostics);
        var roots = text is null ? null : Content.YamlLoader.LoadAll(path, text, 0, "gazetteer", diagnostics);
        if (roots is null)
        {
            return [];
        }

        var result = new List<GazetteerEntity>();
        foreach (var root in roots)
        {
            foreach (var node in EntryNodes(root, path, diagnostics))
            {
                var entity = ReadEntry(node, path, diagnostics);
                if (entity is not null)
                {
                    result.Add(entity);
                }
            }
        }

        return result;
    }

    private static IEnumerable<YamlMappingNode> EntryNodes(YamlNode root, string path, DiagnosticBag diagnostics)
    {
        var nodes = root is YamlSequenceNode list ? list.Children : [root];
        foreach (var node in nodes)
        {
            if (node is YamlMappingNode mapping)
            {
                yield return mapping;
            }
            else if (!(node is YamlScalarNode { Value: null or "" }))
            {
                diagnostics.Add(Error(path, node, "an entity must be a mapping (id, name, type, aliases, …)"));
            }
        }
    }

    private static GazetteerEntity? ReadEntry(YamlMappingNode node, string path, DiagnosticBag diagnostics)
    {
        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in node.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!KnownKeys.Contains(key))
            {
                diagnostics.Add(Warning(path, keyNode, $"unknown key '{key}' ignored", "known keys: id, name, type, aliases, description, links"));
                continue;
            }

            fields[key] = value;
        }

        var id = Scalar(fields, "id");
        if (!EntityIds.IsValid(id))
        {
            var where = fields.GetValueOrDefault("id") ?? node;
            diagnostics.Add(Error(path, where, id is null ? "entity without an id" : $"invalid entity id '{id}'",
                "use lower-case ASCII letters, digits and '-', e.g. id: alibaba-group"));
            return null;
        }

        var name = Scalar(fields, "name");
        if (string.IsNullOrWhiteSpace(name))
        {
            diagnostics.Add(Error(path, node, $"entity '{id}' has no name", "add name: with the name readers see"));
            return null;
        }

        var typeName = Scalar(fields, "type");
        if (!EntityTypes.TryParse(typeName, out var type))
        {
            diagnostics.Add(Error(path, fields.GetValueOrDefault("type") ?? node, $"entity '{id}' has unknown type '{typeName}'",
                "type is one of person, organization, place, product, event, other"));
            return null;
        }

        var aliases = Strings(fields.GetValueOrDefault("aliases"), path, diagnostics);
        var links = Links(fields.GetValueOrDefault("links"), path, diagnostics);
        return new GazetteerEntity(id!, name.Trim(), type, aliases, Scalar(fields, "description"), links, path, (int)node.Start.Line);
    }

    private static string? Scalar(Dictionary<string, YamlNode> fields, string key) =>
        fields.GetValueOrDefault(key)?.AsScalar() is { Length: > 0 } value ? value : null;

    private static IReadOnlyList<string> Strings(YamlNode? node, string path, DiagnosticBag diagnostics)
    {
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                return string.IsNullOrWhiteSpace(scalar.Value) ? [] : [scalar.Value.Trim()];
            case YamlSequenceNode list:
                return list.Children.OfType<YamlScalarNode>().Select(s => s.AsScalar()?.Trim() ?? "").Where(s => s.Length > 0).ToList();
            default:
                diagnostics.Add(Error(path, node, "aliases must be a list of names"));
                return [];
        }
    }

    private static EntityLinks Links(YamlNode? node, string path, DiagnosticBag diagnostics)
    {
        if (node is not YamlMappingNode mapping)
        {
            return EntityLinks.None;
        }

        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!KnownLinkKeys.Contains(key))
            {
                diagnostics.Add(Warning(path, keyNode, $"unknown link '{key}' ignored", "known links: website, wikipedia, wikidata"));
                continue;
            }

            var url = value.AsScalar();
            if (url is not null && url.Contains(':') && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                // A javascript: link would run on the entity page (issue #10); a bare wikidata id (Q1359568) has no scheme.
                diagnostics.Add(Error(path, value, $"'{url}' is not an http(s) URL", "write the full address, starting with https://"));
                continue;
            }

            values[key] = url;
        }

        return new EntityLinks(values.GetValueOrDefault("website"), values.GetValueOrDefault("wikipedia"), values.GetValueOrDefault("wikidata"));
    }

    private static Diagnostic Error(string path, YamlNode node, string message, string? hint = null) =>
        Diagnostic.Error(path, (int)node.Start.Line, (int)node.Start.Column, message, hint);

    private static Diagnostic Warning(string path, YamlNode node, string message, string? hint = null) =>
        Diagnostic.Warning(path, (int)node.Start.Line, (int)node.Start.Column, message, hint);
}
