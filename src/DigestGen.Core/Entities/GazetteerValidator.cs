using DigestGen.Arabic;
using DigestGen.Arabic.Stemming;
using DigestGen.Diagnostics;

namespace DigestGen.Entities;

/// <summary>Checks across files: an id or an alias may belong to one entity only, or linking
/// would depend on file order. The first definition (by file name) wins; the later one is reported.</summary>
internal static class GazetteerValidator
{
    private static readonly HashSet<string> FunctionWords = new(StopWordList.All, StringComparer.Ordinal);

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
            ReportFunctionWordAliases(entity, diagnostics);
            ReportSharedAliases(entity, aliasOwner, diagnostics);
        }

        return kept;
    }

    /// <summary>
    /// The name and aliases, normalised, each once: what the matcher looks for. An alias that is a lone
    /// function word (a short surname like 'ما' is also "what", 'من' is also "from") is left out: it would
    /// link half the sentences of every article to one person. The name itself is always kept.
    /// </summary>
    public static IEnumerable<string> MatchKeys(GazetteerEntity entity) =>
        new[] { Key(entity.Name) }.Concat(entity.Aliases.Select(Key).Where(k => !FunctionWords.Contains(k)))
            .Where(k => k.Length > 0)
            .Distinct(StringComparer.Ordinal);

    private static string Key(string alias) =>
        string.Join(' ', ArabicTokenizer.Tokenize(alias).Where(t => t.IsWord).Select(t => ArabicNormalizer.Normalize(t.Text(alias))));

    private static void ReportFunctionWordAliases(GazetteerEntity entity, DiagnosticBag diagnostics)
    {
        foreach (var alias in entity.Aliases.Where(a => FunctionWords.Contains(Key(a))))
        {
            diagnostics.Add(Diagnostic.Warning(entity.SourcePath, entity.Line, 1,
                $"alias '{alias}' of '{entity.Id}' is a common word of running text; it is not linked on its own",
                $"remove it, or write a longer form of the name; '{entity.Name}' itself still links"));
        }
    }

    private static void ReportSharedAliases(GazetteerEntity entity, Dictionary<string, GazetteerEntity> aliasOwner, DiagnosticBag diagnostics)
    {
        foreach (var key in MatchKeys(entity))
        {
            if (aliasOwner.TryGetValue(key, out var owner) && owner.Id != entity.Id)
            {
                // Newsrooms share surnames across people; an ambiguous alias is a warning, and the
                // first entity listed keeps it (the trie keeps the first registration).
                diagnostics.Add(Diagnostic.Warning(entity.SourcePath, entity.Line, 1,
                    $"alias '{key}' of '{entity.Id}' is also an alias of '{owner.Id}' ({owner.SourcePath}({owner.Line})); it links to '{owner.Id}' only",
                    "remove it from one of them, or keep it on purpose"));
                continue;
            }

            aliasOwner[key] = entity;
        }
    }
}
