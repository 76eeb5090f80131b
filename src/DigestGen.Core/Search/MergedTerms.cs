namespace DigestGen.Search;

/// <summary>Posting lists gathered from each article's terms in document order, then ranked into a <see cref="SearchIndex"/>.
/// Keys are numbered as the builder first met them, so merging a document is array indexing, not string hashing.</summary>
internal sealed class MergedTerms(int entityCount)
{
    private readonly List<List<Posting>> _postings = [];
    private readonly List<Posting>[] _entityPostings = [.. Enumerable.Range(0, entityCount).Select(_ => new List<Posting>())];

    /// <summary>Adds document <paramref name="doc"/>'s terms; documents must come in increasing order.</summary>
    public void Add(int doc, DocumentTerms terms)
    {
        foreach (var (key, mask) in terms.Keys)
        {
            while (_postings.Count <= key)
            {
                _postings.Add([]);
            }
            _postings[key].Add(new Posting(doc, mask));
        }
        foreach (var (entity, mask) in terms.Entities)
        {
            _entityPostings[entity].Add(new Posting(doc, mask));
        }
    }

    /// <param name="keys">Each key's text by its number.</param>
    public SearchIndex ToIndex(List<Site.ArticleEntry> articles, IReadOnlyList<string> keys, List<SearchEntity> entities, Dictionary<string, string> vocabulary,
        Dictionary<string, IReadOnlyList<int>> nameKeys, Dictionary<string, IReadOnlyList<string>> nameWords)
    {
        var documents = articles.Select(a => new SearchDocument(a.Path, a.Meta.Title,
            a.Meta.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), a.Summary)).ToList();
        var postings = new Dictionary<string, Posting[]>(_postings.Count, StringComparer.Ordinal);
        for (var key = 0; key < _postings.Count; key++)
        {
            if (_postings[key].Count > 0)
            {
                postings[keys[key]] = Postings.Rank(_postings[key]);
            }
        }
        return new SearchIndex(documents, postings, vocabulary, entities, [.. _entityPostings.Select(Postings.Rank)], nameKeys, nameWords);
    }
}
