using DigestGen.Arabic.Stemming;
using DigestGen.Site;

namespace DigestGen.Search;

/// <summary>
/// Builds the search index of a site: titles, tags, summaries and bodies cut into keys by
/// <see cref="SearchAnalyzer"/>, and gazetteer entities found under any alias (plus those the
/// extractor found), each posting marked with the fields it occurs in.
/// </summary>
public sealed class SearchIndexBuilder(SearchAnalyzer analyzer)
{
    // Each distinct word is analysed once (its clitic readings and their stems), not at every occurrence.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Surface, string Key)[]> _analyses = new(StringComparer.Ordinal);

    public SearchIndex Build(SiteModel model)
    {
        var articles = model.Articles
            .OrderByDescending(a => a.Meta.Date)
            .ThenBy(a => a.Slug, StringComparer.Ordinal)
            .ToList();
        var entities = model.Gazetteer.Entities;
        var nameKeys = NameKeys(entities);
        var names = new EntityNames(analyzer, nameKeys);
        var entityIndex = entities.Select((e, i) => (e.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var perDoc = new DocumentTerms[articles.Count];
        Parallel.For(0, articles.Count, i => perDoc[i] = Analyze(articles[i], names, entityIndex));
        return Merge(articles, entities.Select(e => new SearchEntity(e.Id, e.Name)).ToList(), perDoc, nameKeys, NameWords(entities));
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

    private DocumentTerms Analyze(ArticleEntry article, EntityNames names, Dictionary<string, int> entityIndex)
    {
        var terms = new DocumentTerms();
        AddField(terms, names, article.Meta.Title, SearchFields.Title);
        AddField(terms, names, string.Join(" ، ", article.Meta.Tags), SearchFields.Tag);
        AddField(terms, names, article.Summary, SearchFields.Summary);
        // The editor's note shows on the article page, so readers expect to find it.
        AddField(terms, names, article.Meta.Note ?? "", SearchFields.Summary);
        AddField(terms, names, VisibleText.Of(article.Body.Html), SearchFields.Body);
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
        return terms;
    }

    private void AddField(DocumentTerms terms, EntityNames names, string text, int field)
    {
        var words = SearchAnalyzer.Words(text);
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var (entity, _) in names.MatchAt(words, i))
            {
                terms.AddEntity(entity, field);
            }
            foreach (var (surface, key) in Analysis(words[i]))
            {
                terms.AddKey(key, field);
                terms.Surfaces[surface] = key;
            }
        }
    }

    /// <summary>A word's clitic readings and their stems; none for a stop word.</summary>
    private (string Surface, string Key)[] Analysis(string word) =>
        _analyses.GetOrAdd(word, w => analyzer.IsStopWord(w) ? [] : analyzer.Surfaces(w).Select(s => (s, analyzer.Stem(s))).ToArray());

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

    private static SearchIndex Merge(List<ArticleEntry> articles, List<SearchEntity> entities, DocumentTerms[] perDoc, Dictionary<string, IReadOnlyList<int>> nameKeys,
        Dictionary<string, IReadOnlyList<string>> nameWords)
    {
        var postings = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        var vocabulary = new Dictionary<string, string>(StringComparer.Ordinal);
        var entityPostings = entities.Select(_ => new List<Posting>()).ToList();
        for (var doc = 0; doc < perDoc.Length; doc++)
        {
            foreach (var (key, mask) in perDoc[doc].Keys)
            {
                if (!postings.TryGetValue(key, out var list))
                {
                    postings[key] = list = [];
                }
                list.Add(new Posting(doc, mask));
            }
            foreach (var (surface, key) in perDoc[doc].Surfaces)
            {
                vocabulary[surface] = key;
            }
            foreach (var (entity, mask) in perDoc[doc].Entities)
            {
                entityPostings[entity].Add(new Posting(doc, mask));
            }
        }
        var documents = articles.Select(a => new SearchDocument(a.Path, a.Meta.Title,
            a.Meta.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), a.Summary)).ToList();
        return new SearchIndex(documents,
            postings.ToDictionary(p => p.Key, p => Postings.Rank(p.Value), StringComparer.Ordinal),
            vocabulary, entities, entityPostings.Select(Postings.Rank).ToList(),
            nameKeys, nameWords);
    }
}
