using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using DigestGen.Arabic.Stemming;
using DigestGen.Build;
using DigestGen.Caching;
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
public sealed partial class SearchIndexBuilder(SearchAnalyzer analyzer, bool remember = false)
{
    // Articles are analysed in parallel a block at a time and merged in order before the next block,
    // so only one block's term tables are alive at once, whatever the size of the archive.
    private const int Block = 256;

    // Each distinct word is analysed once (its clitic readings and their stems, the names it may begin or
    // continue), not at every occurrence: an occurrence costs one lookup in this table, made from the
    // normalised text without copying it. The surfaces and keys of every article share these instances.
    private readonly ConcurrentDictionary<string, IndexedWord> _words = new(StringComparer.Ordinal);

    // Every key is numbered when first met; a document's terms and the merged postings are indexed by number.
    private readonly StringNumbers _keys = new();

    /// <summary>A distinct word: its text, its clitic readings with their stems (none for a stop word), the stems' numbers,
    /// and what name matching needs of it.</summary>
    /// <param name="Id">A number of its own in this builder, dense, so an article's words are tracked in an array (see <see cref="WordFields"/>).</param>
    internal sealed record IndexedWord(int Id, string Text, (string Surface, string Key)[] Readings, int[] Keys, EntityNames.WordNames Names)
    {
        /// <summary>The word's number in the builder's <see cref="Cache"/>, once an article read afresh has it (-1 before).</summary>
        public int CacheNumber { get; set; } = -1;
    }

    [ThreadStatic]
    private static List<IndexedWord>? _wordBuffer;

    [ThreadStatic]
    private static List<EntityNames.WordNames>? _namesBuffer;

    [ThreadStatic]
    private static List<(int Entity, int End)>? _matchBuffer;

    [ThreadStatic]
    private static WordFields? _seenBuffer;

    private int _wordIds;

    /// <summary>What an article contributed: its keys and entities with their fields, and the words it has.</summary>
    internal sealed record Analysis(KeyValuePair<int, int>[] Keys, KeyValuePair<int, int>[] Entities, IndexedWord[] Words);

    private readonly ConditionalWeakTable<ArticleEntry, Analysis>? _analyses = remember ? new() : null;

    /// <summary>A remembering builder's pages of each ranked list as last written: the lists it keeps after an edit keep their pages.</summary>
    public RankedPages? Pages { get; } = remember ? new() : null;

    // The words' name readings and the entities' numbers hold for one gazetteer: another one starts afresh.
    private Entities.Gazetteer? _gazetteer;
    private EntityNames? _names;
    private Dictionary<string, IReadOnlyList<int>>? _nameKeys;
    private Dictionary<string, IReadOnlyList<string>>? _nameWords;

    // A remembering builder's last index: the articles in document order, and each key's and entity's
    // ranked postings (by key number, null for a key no article has now). An edit that keeps every
    // article's place re-merges only the lists of the keys and entities the edited articles had or have.
    private ArticleEntry[]? _lastArticles;
    private Posting[]?[]? _lastKeys;
    private Posting[][]? _lastEntities;

    /// <summary>
    /// Each article's words and entities from the last build (see <see cref="SearchTermCache"/>): an article
    /// found there is merged from them without being read; the others are read and put there. Used by a
    /// builder that does not remember (<c>build</c>; <c>serve</c> keeps its own in memory).
    /// </summary>
    public SearchTermCache? Cache { get; init; }

    /// <summary>How many documents the last <see cref="Build"/> merged into the posting lists: all of them, or only
    /// those an edit made anew when every article kept its place.</summary>
    public int DocumentsMerged { get; private set; }

    public SearchIndex Build(SiteModel model)
    {
        var articles = model.Articles
            .OrderByDescending(a => a.Meta.Date)
            .ThenBy(a => a.Slug, StringComparer.Ordinal)
            .ToList();
        var entities = model.Gazetteer.Entities;
        if (!ReferenceEquals(_gazetteer, model.Gazetteer))
        {
            _gazetteer = model.Gazetteer;
            _nameKeys = NameKeys(entities);
            _nameWords = NameWords(entities);
            _names = new EntityNames(analyzer, _nameKeys);
            _words.Clear();
            _keys.Clear();
            _analyses?.Clear();
            _lastArticles = null;
        }
        var names = _names!;
        var nameKeys = _nameKeys!;
        var entityIndex = entities.Select((e, i) => (e.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var searchEntities = entities.Select(e => new SearchEntity(e.Id, e.Name)).ToList();
        if (Patched(articles, names, entityIndex) is { } lists)
        {
            var postings = new Dictionary<string, Posting[]>(_keys.Count, StringComparer.Ordinal);
            for (var key = 0; key < lists.Keys.Length; key++)
            {
                if (lists.Keys[key] is { } ranked)
                {
                    postings[_keys[key]] = ranked;
                }
            }
            Keep(articles, lists.Keys, lists.Entities);
            return new SearchIndex(MergedTerms.Documents(articles), postings, Vocabulary(WordsOf(articles)), searchEntities, lists.Entities, nameKeys, _nameWords!);
        }
        DocumentsMerged = articles.Count;
        var cached = _analyses is null && Cache is { } cache ? new Replayer(this, cache, entities.Count) : null;
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
                if (cached is not null)
                {
                    cached.Terms(article, block[i] ??= new DocumentTerms(), names, entityIndex);
                }
                else if (_analyses is null)
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
        var vocabulary = Vocabulary(words);
        cached?.AddWords(vocabulary);
        var index = merged.ToIndex(articles, _keys.Strings, searchEntities, vocabulary, nameKeys, _nameWords!);
        if (_analyses is not null)
        {
            var byKey = new Posting[]?[_keys.Count];
            for (var key = 0; key < byKey.Length; key++)
            {
                byKey[key] = index.Postings.TryGetValue(_keys[key], out var ranked) ? ranked : null;
            }
            Keep(articles, byKey, [.. index.EntityPostings]);
        }
        return index;
    }

    private void Keep(List<ArticleEntry> articles, Posting[]?[] keys, Posting[][] entities)
    {
        _lastArticles = [.. articles];
        _lastKeys = keys;
        _lastEntities = entities;
    }

    /// <summary>
    /// The last index's lists with the edited articles' postings taken out and put in again, when every
    /// article kept its document number (same articles, same order: an edit that changes no date); null
    /// when the lists must be merged anew. Each list touched is put back in document order and ranked as
    /// a fresh merge ranks it, so the index is the same as a fresh builder's.
    /// </summary>
    private (Posting[]?[] Keys, Posting[][] Entities)? Patched(List<ArticleEntry> articles, EntityNames names, Dictionary<string, int> entityIndex)
    {
        if (_analyses is null || _lastArticles is not { } last || _lastKeys is not { } lastKeys || _lastEntities is not { } lastEntities
            || last.Length != articles.Count || lastEntities.Length != entityIndex.Count)
        {
            return null;
        }
        var changed = new List<int>();
        for (var doc = 0; doc < last.Length; doc++)
        {
            if (!ReferenceEquals(last[doc], articles[doc]))
            {
                if (last[doc].Slug != articles[doc].Slug || !_analyses.TryGetValue(last[doc], out _))
                {
                    return null;
                }
                changed.Add(doc);
            }
        }
        var keyAdds = new Dictionary<int, List<Posting>>();
        var entityAdds = new Dictionary<int, List<Posting>>();
        foreach (var doc in changed)
        {
            _analyses.TryGetValue(last[doc], out var before);
            if (!_analyses.TryGetValue(articles[doc], out var after))
            {
                after = Remember(articles[doc], new DocumentTerms(), names, entityIndex);
            }
            Touch(keyAdds, before!.Keys, doc, after.Keys);
            Touch(entityAdds, before.Entities, doc, after.Entities);
        }
        DocumentsMerged = changed.Count;
        var keys = new Posting[]?[_keys.Count];
        Array.Copy(lastKeys, keys, lastKeys.Length);
        var gone = changed.ToHashSet();
        foreach (var (key, adds) in keyAdds)
        {
            var merged = Remerge(key < lastKeys.Length ? lastKeys[key] : null, gone, adds);
            keys[key] = merged.Length > 0 ? merged : null;
        }
        Posting[][] entities = [.. lastEntities];
        foreach (var (entity, adds) in entityAdds)
        {
            entities[entity] = Remerge(lastEntities[entity], gone, adds);
        }
        return (keys, entities);
    }

    /// <summary>Notes every list the document was or is on, with the postings it has now.</summary>
    private static void Touch(Dictionary<int, List<Posting>> adds, KeyValuePair<int, int>[] before, int doc, KeyValuePair<int, int>[] after)
    {
        foreach (var (list, _) in before)
        {
            adds.TryAdd(list, []);
        }
        foreach (var (list, mask) in after)
        {
            if (!adds.TryGetValue(list, out var postings))
            {
                adds[list] = postings = [];
            }
            postings.Add(new Posting(doc, mask));
        }
    }

    /// <summary>
    /// A ranked list without the documents in <paramref name="gone"/>, with <paramref name="adds"/>: the list
    /// stays in ranked order (weight, then document) when postings are taken out, so the few new ones are
    /// merged in, one pass, rather than the whole list sorted again by document and ranked (a common word's
    /// list holds most of the articles, and an edit touches hundreds of lists).
    /// </summary>
    private static Posting[] Remerge(Posting[]? ranked, HashSet<int> gone, List<Posting> adds)
    {
        adds.Sort(Postings.RankedOrder);
        var merged = new List<Posting>((ranked?.Length ?? 0) + adds.Count);
        var next = 0;
        foreach (var posting in ranked ?? [])
        {
            if (gone.Contains(posting.Doc))
            {
                continue;
            }
            for (; next < adds.Count && Postings.Before(adds[next].Weight, adds[next].Doc, posting.Weight, posting.Doc); next++)
            {
                merged.Add(adds[next]);
            }
            merged.Add(posting);
        }
        for (; next < adds.Count; next++)
        {
            merged.Add(adds[next]);
        }
        return [.. merged];
    }

    private Analysis Remember(ArticleEntry article, DocumentTerms terms, EntityNames names, Dictionary<string, int> entityIndex)
    {
        var seen = _seenBuffer ??= new WordFields();
        seen.Clear();
        Analyze(article, terms, names, entityIndex, seen);
        var analysis = new Analysis([.. terms.Keys], [.. terms.Entities], [.. seen.Words]);
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

    /// <param name="seen">Where the article's distinct words go with the fields they occur in, when they are kept.</param>
    private void Analyze(ArticleEntry article, DocumentTerms terms, EntityNames names, Dictionary<string, int> entityIndex, WordFields? seen)
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
    private void AddBody(DocumentTerms terms, EntityNames names, string html, WordFields? seen)
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

    private void AddField(DocumentTerms terms, EntityNames names, ReadOnlySpan<char> text, int field, WordFields? seen)
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
        if (seen is not null)
        {
            foreach (var word in words)
            {
                seen.Add(word, field);
            }
        }
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
        return _words.GetOrAdd(word, new IndexedWord(Interlocked.Increment(ref _wordIds), word, readings, [.. readings.Select(r => _keys.Number(r.Key))], names.WordOf(word)));
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

    /// <summary>
    /// An article's distinct words, each with the fields it occurs in, as the article is analysed: a word is
    /// looked up by its <see cref="IndexedWord.Id"/> in an array, not hashed at each of the article's
    /// occurrences (a dictionary keyed by the word made recording the search term cache a seventh of the index's time).
    /// </summary>
    internal sealed class WordFields
    {
        private int[] _fields = new int[1 << 12];

        /// <summary>The words in the order first met.</summary>
        public List<IndexedWord> Words { get; } = [];

        public void Add(IndexedWord word, int field)
        {
            if (word.Id >= _fields.Length)
            {
                Array.Resize(ref _fields, Math.Max(word.Id + 1, _fields.Length * 2));
            }
            ref var fields = ref _fields[word.Id];
            if (fields == 0)
            {
                Words.Add(word);
            }
            fields |= field;
        }

        public int FieldsOf(IndexedWord word) => _fields[word.Id];

        public void Clear()
        {
            foreach (var word in Words)
            {
                _fields[word.Id] = 0;
            }
            Words.Clear();
        }
    }
}
