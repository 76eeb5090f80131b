using System.Collections.Concurrent;
using DigestGen.Arabic.Stemming;

namespace DigestGen.Search;

/// <summary>
/// Every name and alias of the gazetteer as a folded name key (see <see cref="SearchAnalyzer.NameKey"/>),
/// and the matcher that finds them in a run of words, the first word read with or without its clitics.
/// The index and the query engine match names the same way, so a name typed in any spelling meets the
/// articles that wrote it in any other. Keys come in groups by their first letter (a name starting at a
/// word needs only the group of that word's first letter), so the browser loads only the groups a query's words open.
/// </summary>
public sealed class EntityNames
{
    private readonly SearchAnalyzer _analyzer;
    private readonly Func<char, IReadOnlyDictionary<string, IReadOnlyList<int>>> _group;
    private readonly ConcurrentDictionary<char, NameGroup> _groups = new();

    // A digest's vocabulary is small next to its word count: each word's name keys are worked out once.
    // Every indexing thread adds to it from the first article on: more locks than one per core and room
    // to start with, as a resize takes every lock (the example digest's threads waited on it for 40 ms).
    private readonly ConcurrentDictionary<string, WordNames> _words = new(Environment.ProcessorCount * 4, 4096, StringComparer.Ordinal);

    /// <param name="group">The name keys starting with a letter (empty when none do).</param>
    public EntityNames(SearchAnalyzer analyzer, Func<char, IReadOnlyDictionary<string, IReadOnlyList<int>>> group)
    {
        _analyzer = analyzer;
        _group = group;
    }

    public EntityNames(SearchAnalyzer analyzer, IReadOnlyDictionary<string, IReadOnlyList<int>> keys)
        : this(analyzer, GroupsOf(keys))
    {
    }

    /// <summary>The name key of one alias as an editor wrote it: its words, the first without article or clitics.</summary>
    public static string KeyOf(SearchAnalyzer analyzer, string alias)
    {
        var words = SearchAnalyzer.Words(alias);
        return words.Count == 0 ? "" : analyzer.NameKey(words.Skip(1).Prepend(analyzer.StripDefinite(words[0])));
    }

    /// <summary>Every name starting at <paramref name="start"/> of words described by <see cref="WordOf"/>: the entities
    /// and the index of the last word each covers.</summary>
    internal static void MatchAt(IReadOnlyList<WordNames> words, int start, List<(int Entity, int End)> into)
    {
        // The key grows a word at a time in one buffer: as strings, each longer key was a new string of every
        // word of every article, the search index's largest allocation.
        var buffer = s_key ??= new char[128];
        foreach (var (firstKey, group) in words[start].Starts)
        {
            var length = Append(ref buffer, 0, firstKey);
            for (var end = start; ;)
            {
                if (group.KeyLookup.TryGetValue(buffer.AsSpan(0, length), out var entities))
                {
                    // By index: a foreach over the interface boxed an enumerator at every match (41 MiB at 10,000 articles).
                    for (var k = 0; k < entities.Count; k++)
                    {
                        into.Add((entities[k], end));
                    }
                }
                if (++end == words.Count)
                {
                    break;
                }
                length = Append(ref buffer, length, words[end].Key);
                if (!group.PrefixLookup.Contains(buffer.AsSpan(0, length)))
                {
                    break;
                }
            }
        }
        s_key = buffer;
    }

    [ThreadStatic]
    private static char[]? s_key;

    private static int Append(ref char[] buffer, int length, string word)
    {
        if (length + word.Length > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + word.Length));
        }
        word.CopyTo(0, buffer, length, word.Length);
        return length + word.Length;
    }

    /// <summary>The first letters of the name keys a word's readings open: the groups a query with that word needs.</summary>
    public IEnumerable<char> LettersOf(string word) => Readings(word).Select(r => _analyzer.NameKey([r])[0]).Distinct();

    /// <summary>What matching needs of a word, worked out at its first occurrence: its name key as a later word of a
    /// name, and the keys of its readings that begin some name, each with its letter's group. Most words begin
    /// none, so matching at them costs one lookup.</summary>
    internal WordNames WordOf(string word) =>
        _words.TryGetValue(word, out var known) ? known : _words.GetOrAdd(word, Describe);

    private WordNames Describe(string word)
    {
        var starts = new List<(string, NameGroup)>();
        foreach (var key in Readings(word).Select(r => _analyzer.NameKey([r])))
        {
            if (key.Length > 0 && Group(key[0]) is var group && group.Prefixes.Contains(key))
            {
                starts.Add((key, group));
            }
        }
        return new WordNames(_analyzer.NameKey([word]), [.. starts]);
    }

    private NameGroup Group(char letter) =>
        _groups.TryGetValue(letter, out var group) ? group : _groups.GetOrAdd(letter, c => new NameGroup(_group(c)));

    internal sealed record WordNames(string Key, (string Key, NameGroup Group)[] Starts);

    private IEnumerable<string> Readings(string word) => _analyzer.Surfaces(word).Prepend(word).Distinct();

    private static Func<char, IReadOnlyDictionary<string, IReadOnlyList<int>>> GroupsOf(IReadOnlyDictionary<string, IReadOnlyList<int>> keys)
    {
        var groups = keys.GroupBy(k => k.Key[0]).ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, IReadOnlyList<int>>)g.ToDictionary(k => k.Key, k => k.Value, StringComparer.Ordinal));
        return c => groups.TryGetValue(c, out var g) ? g : new Dictionary<string, IReadOnlyList<int>>();
    }
}
