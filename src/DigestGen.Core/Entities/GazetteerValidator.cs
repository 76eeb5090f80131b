using DigestGen.Arabic;
using DigestGen.Diagnostics;

namespace DigestGen.Entities;

/// <summary>Checks across files: an id or an alias may belong to one entity only, or linking
/// would depend on file order. The first definition (by file name) wins; the later one is reported.</summary>
internal static class GazetteerValidator
{
    public static IReadOnlyList<GazetteerEntity> RemoveConflicts(IReadOnlyList<GazetteerEntity> entries, DiagnosticBag diagnostics)
    {
        var byId = new Dictionary<string, GazetteerEntity>(StringComparer.Ordinal);
        var aliasOwner = new Dictionary<string, GazetteerEntity>(StringComparer.Ordinal);
        var kept = new List<GazetteerEntity>(entries.Count);
        foreach (var entity in entries)
        {
            if (byId.TryGetValue(entity.Id, out var first))
            {
                diagnostics.Add(Diagnostic.Error(entity.SourcePath, entity.Line, 1,
                    $"duplicate entity id '{entity.Id}': already defined in {first.SourcePath}({first.Line})",
                    "give each entity its own id, or merge the two entries"));
                continue;
            }

            byId[entity.Id] = entity;
            kept.Add(entity);
            ReportSharedAliases(entity, aliasOwner, diagnostics);
        }

        return kept;
    }

    /// <summary>The name and aliases, normalised, each once: what the matcher looks for.</summary>
    public static IEnumerable<string> MatchKeys(GazetteerEntity entity) =>
        new[] { entity.Name }.Concat(entity.Aliases)
            .Select(a => string.Join(' ', ArabicTokenizer.Tokenize(a).Where(t => t.IsWord).Select(t => ArabicNormalizer.Normalize(t.Text(a)))))
            .Where(k => k.Length > 0)
            .Distinct(StringComparer.Ordinal);

    private static void ReportSharedAliases(GazetteerEntity entity, Dictionary<string, GazetteerEntity> aliasOwner, DiagnosticBag diagnostics)
    {
        foreach (var key in MatchKeys(entity))
        {
            if (aliasOwner.TryGetValue(key, out var owner) && owner.Id != entity.Id)
            {
                diagnostics.Add(Diagnostic.Error(entity.SourcePath, entity.Line, 1,
                    $"alias '{key}' of '{entity.Id}' is also an alias of '{owner.Id}' ({owner.SourcePath}({owner.Line}))",
                    "an alias must name one entity; remove it from one of them"));
                continue;
            }

            aliasOwner[key] = entity;
        }
    }
}
