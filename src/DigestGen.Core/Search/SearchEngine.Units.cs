using DigestGen.Arabic;
using DigestGen.Arabic.Stemming;

namespace DigestGen.Search;

public sealed partial class SearchEngine
{
    /// <summary>
    /// Cuts a query into units, left to right: the longest gazetteer name starting at a word, else
    /// the word itself. Stop words are dropped unless the query has nothing else; while typing, a last
    /// word not yet followed by a space or punctuation is a prefix.
    /// </summary>
    public IReadOnlyList<QueryUnit> Units(string query, bool live)
    {
        var words = SearchAnalyzer.Words(query);
        var normalized = ArabicNormalizer.Normalize(query);
        var unfinished = live && normalized.Length > 0 && char.IsLetterOrDigit(normalized[^1]);
        var onlyStopWords = words.All(_analyzer.IsStopWord);
        // The script loads every name group the words open before cutting the query; loading the same here keeps the size figures honest.
        foreach (var letter in words.SelectMany(_names.LettersOf).Distinct())
        {
            Names(letter);
        }
        var described = words.Select(_names.WordOf).ToList();
        var units = new List<QueryUnit>();
        var matches = new List<(int Entity, int End)>();
        for (var i = 0; i < words.Count; i++)
        {
            matches.Clear();
            EntityNames.MatchAt(described, i, matches);
            if (matches.Count > 0)
            {
                var end = matches.Max(m => m.End);
                units.Add(new QueryUnit(QueryUnitKind.Entity, string.Join(" ", words.Skip(i).Take(end - i + 1)),
                    matches.Where(m => m.End == end).Select(m => m.Entity).Distinct().Order().ToList()));
                i = end;
            }
            else if (unfinished && i == words.Count - 1)
            {
                if (words[i].Length >= 2)
                {
                    units.Add(new QueryUnit(QueryUnitKind.Prefix, words[i], []));
                }
            }
            else if (onlyStopWords || !_analyzer.IsStopWord(words[i]))
            {
                units.Add(new QueryUnit(QueryUnitKind.Word, words[i], []));
            }
        }
        return units;
    }

    /// <summary>The word's keys, then the keys of the gazetteer's spellings of the same name word.</summary>
    public IReadOnlyList<string> WordKeys(string word)
    {
        var keys = _analyzer.Keys(word).ToList();
        foreach (var surface in _analyzer.Surfaces(word))
        {
            var nameKey = _analyzer.NameKey([surface]);
            if (Names(nameKey[0]).W.TryGetValue(nameKey, out var spellings))
            {
                keys.AddRange(spellings.Select(_analyzer.Stem));
            }
        }
        return keys.Distinct().ToList();
    }

    /// <summary>The keys of the first <see cref="SearchMeta.PrefixLimit"/> surfaces (ordinal order) that start
    /// with the unfinished word in any of its clitic readings; surfaces are unstemmed, so ـها of a half-typed word is not cut.</summary>
    private IEnumerable<string> PrefixKeys(string word)
    {
        var surfaces = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var reading in _analyzer.Surfaces(word).Prepend(word).Distinct().Where(r => r.Length >= 2))
        {
            var shards = Meta.Shards.Where(s => s.StartsWith(reading, StringComparison.Ordinal)).ToList();
            if (ShardPlan.ShardOf(reading, _shardNames) is { } own)
            {
                shards.Add(own);
            }
            foreach (var shard in shards.Distinct())
            {
                surfaces.UnionWith(Shard(shard).V.Keys.Where(s => s.StartsWith(reading, StringComparison.Ordinal)));
            }
        }
        return surfaces.Take(Meta.PrefixLimit).Select(s => Key(s)).ToList();
    }

    private string Key(string surface)
    {
        var shard = Shard(ShardPlan.ShardOf(surface, _shardNames)!);
        return shard.V.TryGetValue(surface, out var key) && key.Length > 0 ? key : surface;
    }
}
