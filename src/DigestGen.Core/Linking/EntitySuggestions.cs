using System.Text;
using DigestGen.Entities;

namespace DigestGen.Linking;

/// <summary>
/// Unverified entities found in at least <see cref="MinimumArticles"/> articles, most frequent
/// first, written as gazetteer YAML an editor can paste into <c>content/entities/</c>. The id is
/// the one the entity already has, so confirming it keeps its page's URL.
/// </summary>
public static class EntitySuggestions
{
    public const int MinimumArticles = 2;

    public static IReadOnlyList<EntitySuggestion> Find(IEnumerable<(string Slug, IReadOnlyList<FoundEntity> Entities)> articles)
    {
        var byId = new Dictionary<string, (FoundEntity First, HashSet<string> Slugs, Dictionary<string, int> Spellings, int Mentions)>(StringComparer.Ordinal);
        foreach (var (slug, entities) in articles)
        {
            foreach (var e in entities.Where(e => !e.Verified))
            {
                if (!byId.TryGetValue(e.Id, out var entry))
                {
                    byId[e.Id] = entry = (e, new HashSet<string>(StringComparer.Ordinal), new Dictionary<string, int>(StringComparer.Ordinal), 0);
                }
                entry.Slugs.Add(slug);
                foreach (var m in e.Mentions)
                {
                    entry.Spellings[m.Text] = entry.Spellings.GetValueOrDefault(m.Text) + 1;
                }
                byId[e.Id] = entry with { Mentions = entry.Mentions + e.Mentions.Count };
            }
        }
        return byId.Values
            .Where(v => v.Slugs.Count >= MinimumArticles)
            .Select(v => new EntitySuggestion(v.First.Id, v.First.Name, v.First.Type,
                v.Spellings.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s => s.Key).ToList(),
                v.Slugs.Order(StringComparer.Ordinal).ToList(), v.Mentions))
            .OrderByDescending(s => s.ArticleSlugs.Count)
            .ThenByDescending(s => s.Mentions)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
    }

    public static string ToYaml(IReadOnlyList<EntitySuggestion> suggestions)
    {
        var sb = new StringBuilder();
        foreach (var s in suggestions)
        {
            var aliases = s.Spellings.Where(x => x != s.Name).Select(Quote);
            sb.Append("# in ").Append(s.ArticleSlugs.Count).Append(" articles, ").Append(s.Mentions).Append(" mentions: ")
                .AppendJoin(", ", s.ArticleSlugs).Append('\n');
            sb.Append("- id: ").Append(Quote(s.Id)).Append('\n');
            sb.Append("  name: ").Append(Quote(s.Name)).Append('\n');
            sb.Append("  type: ").Append(s.Type.ToName()).Append('\n');
            sb.Append("  aliases: [").AppendJoin(", ", aliases).Append("]\n");
            sb.Append("  description: ''\n\n");
        }
        return sb.ToString();
    }

    // Single-quoted YAML scalars need only '' for a quote; they keep Arabic, colons and brackets safe.
    private static string Quote(string value) => "'" + value.Replace("'", "''") + "'";
}
