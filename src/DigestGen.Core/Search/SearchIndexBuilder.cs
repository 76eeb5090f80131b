using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using DigestGen.Arabic.Stemming;
using DigestGen.Build;
using DigestGen.Site;

namespace DigestGen.Search;

/// <summary>
/// Builds the search index of a site: titles, tags, summaries and bodies cut into keys by
/// <see cref="SearchAnalyzer"/>, and gazetteer entities found under any alias (plus those the
/// extractor found), each posting marked with the fields it occurs in.
/// </summary>
/// <param name="remember">
/// Keep what each article contributed, by article, for the next <see cref="Build"/>: <c>serve</c> builds the
/// index again after every edit, and an edit makes a new entry only for the articles it changed, so only
/// those are analysed again (at 10,000 articles the index's part of serve's refresh went from 2.2 s to
/// 0.8-1.2 s). Keys and words keep their numbers from build to build; the index written is the same as a
/// fresh builder's.
/// </param>
public sealed class SearchIndexBuilder(SearchAnalyzer analyzer, bool remember = false)
{
    // Articles are analysed in parallel a block at a time and merged in order before the next block,
    // so only one block's term tables are alive at once, whatever the size of the archive.
    private const int Block = 256;

    // Each distinct word is analysed once (its clitic readings and their stems, the names it may begin or
    // continue), not at every occurrence: an occurrence costs one lookup in this table, made from the
    // normalised text without copying it. The surfaces and keys of every article share these instances.
    private readonly ConcurrentDictionary<string, IndexedWord> _words = new(StringComparer.Ordinal);

    // Every key is numbered when first met; a document's terms and the merged postings are indexed by number.
    private readonly ConcurrentDictionary<string, int> _keyNumbers = new(StringComparer.Ordinal);
    private readonly List<string> _keys = [];

    /// <summary>A distinct word: its clitic readings with their stems (none for a stop word), the stems' numbers,
    /// and what name matching needs of it.</summary>
    internal sealed record IndexedWord((string Surface, string Key)[] Readings, int[] Keys, EntityNames.WordNames Names);

    [ThreadStatic]
    private static List<IndexedWord>? _wordBuffer;

    [ThreadStatic]
    private static List<EntityNames.WordNames>? _namesBuffer;

    [ThreadStatic]
    private static List<(int Entity, int End)>? _matchBuffer;

    [ThreadStatic]
    private static HashSet<IndexedWord>? _seenBuffer;

    /// <summary>What an article contributed: its keys and entities with their fields, and the words it has.</summary>
    internal sealed record Analysis(KeyValuePair<int, int>[] Keys, KeyValuePair<int, int>[] Entities, IndexedWord[] Words);

    private readonly ConditionalWeakTable<ArticleEntry, Analysis>? _analyses = remember ? new() : null;

    // The words' name readings and the entities' numbers hold for one gazetteer: another one starts afresh.
    private Entities.Gazetteer? _gazetteer;
    private EntityNames? _names;

    public SearchIndex Build(SiteModel model)
    {
        var articles = model.Articles
            .OrderByDescending(a => a.Meta.Date)
            .ThenBy(a => a.Slug, StringComparer.Ordinal)
            .ToList();
        var entities = model.Gazetteer.Entities;
        var nameKeys = NameKeys(entities);
        if (!ReferenceEquals(_gazetteer, model.Gazetteer))
        {
            _gazetteer = model.Gazetteer;
            _names = new EntityNames(analyzer, nameKeys);
            _words.Clear();
            _keyNumbers.Clear();
            _keys.Clear();
            _analyses?.Clear();
        }
        var names = _names!;
        var entityIndex = entities.Select((e, i) => (e.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var merged = new MergedTerms(entities.Count);
        var block = new DocumentTerms[Math.Min(Block, articles.Count)];
        var remembered = new Analysis?[block.Length];
        for (var from = 0; from < articles.Count; from += Block)
        {
            var count = Math.Min(Block, articles.Count - from);
            var first = from;
            Parallel.For(0, count, Cores.One, i =>
            {
                var article = articles[first + i];
                if (_analyses is null)
                {
                    Analyze(article, block[i] ??= new DocumentTerms(), names, entityIndex, null);
                }
                else if (!_analyses.TryGetValue(article, out remembered[i]))
                {
                    remembered[i] = Remember(article, block[i] ??= new DocumentTerms(), names, entityIndex);
                }
            });
            for (var i = 0; i < count; i++)
            {
                merged.Add(first + i, remembered[i]?.Keys ?? (IEnumerable<KeyValuePair<int, int>>)block[i].Keys,
                    remembered[i]?.Entities ?? (IEnumerable<KeyValuePair<int, int>>)block[i].Entities);
            }
        }
        var words = _analyses is null ? _words.Values : WordsOf(articles);
        return merged.ToIndex(articles, _keys, entities.Select(e => new SearchEntity(e.Id, e.Name)).ToList(), Vocabulary(words), nameKeys, NameWords(entities));
    }

    private Analysis Remember(ArticleEntry article, DocumentTerms terms, EntityNames names, Dictionary<string, int> entityIndex)
    {
        var seen = _seenBuffer ??= new HashSet<IndexedWord>(ReferenceEqualityComparer.Instance);
        seen.Clear();
        Analyze(article, terms, names, entityIndex, seen);
        var analysis = new Analysis([.. terms.Keys], [.. terms.Entities], [.. seen]);
        _analyses!.AddOrUpdate(article, analysis);
        return analysis;
    }

    /// <summary>The words of the articles indexed now: a remembering builder also knows words only edited-away text had.</summary>
    private HashSet<IndexedWord> WordsOf(List<ArticleEntry> articles)
    {
        var words = new HashSet<IndexedWord>(_words.Count, ReferenceEqualityComparer.Instance);
        foreach (var article in articles)
        {
            words.UnionWith(_analyses!.TryGetValue(article, out var a) ? a.Words : []);
        }
        return words;
    }

    /// <summary>Surface → key for every word indexed: a surface's key is its stem, so each analysed word says it once.</summary>
    private static Dictionary<string, string> Vocabulary(IEnumerable<IndexedWord> words)
    {
        var vocabulary = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var analysis in words)
        {
            foreach (var (surface, key) in analysis.Readings)
            {
                vocabulary[surface] = key;
            }
        }
        return vocabulary;
    }

    private Dictionary<string, IReadOnlyList<int>> NameKeys(IReadOnlyList<Entities.GazetteerEntity> entities)
    {
        var keys = new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal);
        for (var i = 0; i < entities.Count; i++)
        {
            foreach (var alias in entities[i].Aliases.Prepend(entities[i].Name))
            {
                var key = EntityNames.KeyOf(analyzer, alias);
                if (key.Length >= 2)
                {
                    keys[key] = keys.TryGetValue(key, out var list) ? list.Append(i).Distinct().ToList() : [i];
                }
            }
        }
        return keys;
    }

    /// <param name="seen">Where the article's distinct words go, when they are remembered.</param>
    private void Analyze(ArticleEntry article, DocumentTerms terms, EntityNames names, Dictionary<string, int> entityIndex, HashSet<IndexedWord>? seen)
    {
        terms.Clear();
        AddField(terms, names, article.Meta.Title, SearchFields.Title, seen);
        AddField(terms, names, string.Join(" ، ", article.Meta.Tags), SearchFields.Tag, seen);
        AddField(terms, names, article.Summary, SearchFields.Summary, seen);
        // The editor's note shows on the article page, so readers expect to find it.
        AddField(terms, names, article.Meta.Note ?? "", SearchFields.Summary, seen);
        AddBody(terms, names, article.Body.Html, seen);
        // What the extractor found and what the editor forced count as mentions; what the editor ignored does not.
        var linked = article.Entities.Where(f => f.Verified).Select(f => f.Id).Concat(article.Meta.Entities);
        foreach (var id in linked)
        {
            if (entityIndex.TryGetValue(id, out var e))
            {
                terms.AddEntity(e, SearchFields.Body);
            }
        }
        foreach (var id in article.Meta.IgnoreEntities)
        {
            if (entityIndex.TryGetValue(id, out var e))
            {
                terms.Entities.Remove(e);
            }
        }
    }

    /// <summary>The body's visible text, read from a pooled buffer (see <see cref="VisibleText.Write"/>).</summary>
    private void AddBody(DocumentTerms terms, EntityNames names, string html, HashSet<IndexedWord>? seen)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(html.Length, 1));
        try
        {
            AddField(terms, names, buffer.AsSpan(0, VisibleText.Write(html, buffer)), SearchFields.Body, seen);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private void AddField(DocumentTerms terms, EntityNames names, ReadOnlySpan<char> text, int field, HashSet<IndexedWord>? seen)
    {
        var words = _wordBuffer ??= [];
        var described = _namesBuffer ??= [];
        var matches = _matchBuffer ??= [];
        words.Clear();
        described.Clear();
        var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        SearchAnalyzer.Words(text, words, word => lookup.TryGetValue(word, out var known) ? known : Add(word.ToString(), names));
        terms.Reserve(words.Count);
        foreach (var word in words)
        {
            described.Add(word.Names);
        }
        seen?.UnionWith(words);
        for (var i = 0; i < words.Count; i++)
        {
            matches.Clear();
            EntityNames.MatchAt(described, i, matches);
            foreach (var (entity, _) in matches)
            {
                terms.AddEntity(entity, field);
            }
            foreach (var key in words[i].Keys)
            {
                terms.AddKey(key, field);
            }
        }
    }

    private IndexedWord Add(string word, EntityNames names)
    {
        (string Surface, string Key)[] readings = analyzer.IsStopWord(word) ? [] : [.. analyzer.Surfaces(word).Select(s => (s, analyzer.Stem(s)))];
        return _words.GetOrAdd(word, new IndexedWord(readings, [.. readings.Select(r => NumberOf(r.Key))], names.WordOf(word)));
    }

    private int NumberOf(string key)
    {
        if (_keyNumbers.TryGetValue(key, out var number))
        {
            return number;
        }
        lock (_keys)
        {
            if (!_keyNumbers.TryGetValue(key, out number))
            {
                number = _keys.Count;
                _keys.Add(key);
                _keyNumbers[key] = number;
            }
            return number;
        }
    }

    /// <summary>Every word of every alias, by its name key, so one word of a name typed in another spelling
    /// (زوكربيرج for زوكربيرغ, قوقل for غوغل) also finds the spellings the gazetteer knows.</summary>
    private Dictionary<string, IReadOnlyList<string>> NameWords(IReadOnlyList<Entities.GazetteerEntity> entities) =>
        entities.SelectMany(e => e.Aliases.Prepend(e.Name))
            .SelectMany(SearchAnalyzer.Words)
            .Select(analyzer.StripDefinite)
            .Where(w => w.Length >= 3 && !analyzer.IsStopWord(w))
            .Distinct(StringComparer.Ordinal)
            .GroupBy(w => analyzer.NameKey([w]), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
}
