using DigestGen.Arabic.Stemming;

namespace DigestGen.Search;

/// <summary>
/// Every name and alias of the gazetteer as a folded name key (see <see cref="SearchAnalyzer.NameKey"/>),
/// and the matcher that finds them in a run of words, the first word read with or without its clitics.
/// The index and the query engine match names the same way, so a name typed in any spelling meets the
/// articles that wrote it in any other.
/// </summary>
public sealed class EntityNames
{
    private readonly SearchAnalyzer _analyzer;
    private readonly Dictionary<string, List<int>> _byKey;
    private readonly HashSet<string> _prefixes = new(StringComparer.Ordinal);

    public EntityNames(SearchAnalyzer analyzer, IReadOnlyDictionary<string, IReadOnlyList<int>> keys)
    {
        _analyzer = analyzer;
        _byKey = keys.ToDictionary(k => k.Key, k => k.Value.ToList(), StringComparer.Ordinal);
        foreach (var key in _byKey.Keys)
        {
            for (var i = 1; i <= key.Length; i++)
            {
                _prefixes.Add(key[..i]);
            }
        }
    }

    public IReadOnlyDictionary<string, List<int>> Keys => _byKey;

    /// <summary>The name key of one alias as an editor wrote it: its words, the first without article or clitics.</summary>
    public static string KeyOf(SearchAnalyzer analyzer, string alias)
    {
        var words = SearchAnalyzer.Words(alias);
        return words.Count == 0 ? "" : analyzer.NameKey(words.Skip(1).Prepend(analyzer.StripDefinite(words[0])));
    }

    /// <summary>Every name starting at <paramref name="start"/>: the entities and the index of the last word each covers.</summary>
    public IEnumerable<(int Entity, int End)> MatchAt(IReadOnlyList<string> words, int start)
    {
        foreach (var first in Readings(words[start]))
        {
            var key = _analyzer.NameKey([first]);
            for (var end = start; _prefixes.Contains(key);)
            {
                if (_byKey.TryGetValue(key, out var entities))
                {
                    foreach (var e in entities)
                    {
                        yield return (e, end);
                    }
                }
                if (++end == words.Count)
                {
                    break;
                }
                key += _analyzer.NameKey([words[end]]);
            }
        }
    }

    private IEnumerable<string> Readings(string word) => _analyzer.Surfaces(word).Prepend(word).Distinct();
}
