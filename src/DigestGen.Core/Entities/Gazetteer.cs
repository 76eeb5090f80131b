using DigestGen.Diagnostics;

namespace DigestGen.Entities;

/// <summary>
/// The entities editors curated in <c>content/entities/*.yml</c>. Loading never throws on bad
/// content: every problem becomes a diagnostic with file and line, and the valid entries load.
/// </summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, GazetteerEntity> _byId;

    internal Gazetteer(IReadOnlyList<GazetteerEntity> entities)
    {
        Entities = entities;
        _byId = new Dictionary<string, GazetteerEntity>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            _byId.TryAdd(e.Id, e);
        }
    }

    public static Gazetteer Empty { get; } = new([]);

    public IReadOnlyList<GazetteerEntity> Entities { get; }

    public static Gazetteer Load(string entitiesDirectory, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(entitiesDirectory);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!Directory.Exists(entitiesDirectory))
        {
            return Empty;
        }

        var files = Directory.EnumerateFiles(entitiesDirectory)
            .Where(f => f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        var entries = new List<GazetteerEntity>();
        foreach (var file in files)
        {
            entries.AddRange(GazetteerFileReader.Read(file, diagnostics));
        }

        return new Gazetteer(GazetteerValidator.RemoveConflicts(entries, diagnostics));
    }

    public GazetteerEntity? Find(string id) => id is not null && _byId.TryGetValue(id, out var e) ? e : null;
}
