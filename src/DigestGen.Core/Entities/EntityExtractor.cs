using DigestGen.Arabic;

namespace DigestGen.Entities;

/// <summary>Finds gazetteer names in plain text (a first, simple matcher).</summary>
public sealed class EntityExtractor
{
    private static readonly string[] Proclitics = ["", "و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "لل", "ولل", "فال", "كال"];
    private readonly List<(string Normalized, GazetteerEntity Entity)> _names;

    private EntityExtractor(List<(string, GazetteerEntity)> names) => _names = names;

    public static EntityExtractor Create(Gazetteer gazetteer) =>
        new(gazetteer.Entities
            .SelectMany(e => e.Aliases.Prepend(e.Name).Select(n => (ArabicNormalizer.Normalize(n), e)))
            .OrderByDescending(x => x.Item1.Length)
            .ToList());

    public IReadOnlyList<FoundEntity> Extract(string plainText, IReadOnlyCollection<string> forcedIds, IReadOnlyCollection<string> ignoredIds)
    {
        var found = new Dictionary<string, (GazetteerEntity Entity, List<Mention> Mentions)>();
        var taken = new bool[plainText.Length];
        foreach (var (name, entity) in _names)
        {
            if (ignoredIds.Contains(entity.Id))
            {
                continue;
            }
            var index = 0;
            while ((index = plainText.IndexOf(name, index, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                var end = index + name.Length;
                if (!taken[index] && (end == plainText.Length || !char.IsLetterOrDigit(plainText[end])) && StartsWord(plainText, index))
                {
                    Array.Fill(taken, true, index, name.Length);
                    if (!found.TryGetValue(entity.Id, out var entry))
                    {
                        found[entity.Id] = entry = (entity, []);
                    }
                    entry.Mentions.Add(new Mention(plainText.Substring(index, name.Length), index, name.Length));
                }
                index = end;
            }
        }
        var result = found.Values.Select(v => new FoundEntity(v.Entity.Id, v.Entity.Name, v.Entity.Type, true, v.Mentions.OrderBy(m => m.Start).ToList())).ToList();
        return result.OrderBy(f => f.Mentions.Count > 0 ? f.Mentions[0].Start : int.MaxValue).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();
    }

    private static bool StartsWord(string text, int index)
    {
        var wordStart = index;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }
        return Proclitics.Contains(text[wordStart..index]);
    }
}
