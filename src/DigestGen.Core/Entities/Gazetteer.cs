using DigestGen.Content;
using DigestGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DigestGen.Entities;

/// <summary>The editors' entity list from <c>content/entities/*.yml</c>.</summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, GazetteerEntity> _byId;

    private Gazetteer(IReadOnlyList<GazetteerEntity> entities)
    {
        Entities = entities;
        _byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    public static Gazetteer Empty { get; } = new([]);

    public IReadOnlyList<GazetteerEntity> Entities { get; }

    public GazetteerEntity? Find(string id) => _byId.GetValueOrDefault(id);

    public static Gazetteer Load(string entitiesDirectory, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(entitiesDirectory))
        {
            return Empty;
        }
        var entities = new List<GazetteerEntity>();
        foreach (var file in Directory.EnumerateFiles(entitiesDirectory, "*.y*ml").Order(StringComparer.Ordinal))
        {
            var text = TextFile.Read(file, diagnostics);
            if (text is null)
            {
                continue;
            }
            try
            {
                var yaml = new YamlStream();
                yaml.Load(new StringReader(text));
                foreach (var node in yaml.Documents.Count == 0 ? [] : yaml.Documents[0].RootNode is YamlSequenceNode s ? s.Children : [yaml.Documents[0].RootNode])
                {
                    if (node is YamlMappingNode map && Read(map, ContentLoader.DisplayPath(file)) is { } e)
                    {
                        entities.Add(e);
                    }
                }
            }
            catch (YamlException e)
            {
                diagnostics.Add(Diagnostic.Error(ContentLoader.DisplayPath(file), (int)e.Start.Line, (int)e.Start.Column, "invalid YAML: " + e.Message));
            }
        }
        return new Gazetteer(entities.DistinctBy(e => e.Id).ToList());
    }

    private static GazetteerEntity? Read(YamlMappingNode map, string path)
    {
        string? Scalar(string key) => map.Children.TryGetValue(key, out var v) && v is YamlScalarNode s ? s.Value : null;
        var id = Scalar("id");
        var name = Scalar("name");
        if (id is null || name is null || !EntityTypes.TryParse(Scalar("type"), out var type))
        {
            return null;
        }
        var aliases = map.Children.TryGetValue("aliases", out var a) && a is YamlSequenceNode seq
            ? seq.Children.OfType<YamlScalarNode>().Select(x => x.Value ?? "").Where(x => x.Length > 0).ToList()
            : [];
        return new GazetteerEntity(id, name, type, aliases, Scalar("description"), EntityLinks.None, path, (int)map.Start.Line);
    }
}
