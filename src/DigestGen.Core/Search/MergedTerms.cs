namespace DigestGen.Search;

/// <summary>Posting lists gathered from each article's terms in document order, then ranked into a <see cref="SearchIndex"/>.</summary>
internal sealed class MergedTerms(int entityCount)
{
    private readonly Dictionary<string, List<Posting>> _postings = new(StringComparer.Ordinal);
    private readonly List<Posting>[] _entityPostings = [.. Enumerable.Range(0, entityCount).Select(_ => new List<Posting>())];

    /// <summary>Adds document <paramref name="doc"/>'s terms; documents must come in increasing order.</summary>
    public void Add(int doc, DocumentTerms terms)
    {
        foreach (var (key, mask) in terms.Keys)
        {
            if (!_postings.TryGetValue(key, out var list))
            {
                _postings[key] = list = [];
            }
            list.Add(new Posting(doc, mask));
        }
        foreach (var (entity, mask) in terms.Entities)
        {
            _entityPostings[entity].Add(new Posting(doc, mask));
        }
    }

    public SearchIndex ToIndex(List<Site.ArticleEntry> articles, List<SearchEntity> entities, Dictionary<string, string> vocabulary,
        Dictionary<string, IReadOnlyList<int>> nameKeys, Dictionary<string, IReadOnlyList<string>> nameWords)
    {
        var documents = articles.Select(a => new SearchDocument(a.Path, a.Meta.Title,
            a.Meta.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), a.Summary)).ToList();
        return new SearchIndex(documents,
            _postings.ToDictionary(p => p.Key, p => Postings.Rank(p.Value), StringComparer.Ordinal),
            vocabulary, entities, [.. _entityPostings.Select(Postings.Rank)],
            nameKeys, nameWords);
    }
}
