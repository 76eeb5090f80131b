namespace DigestGen.Search;

/// <summary>
/// The whole search index in memory, documents numbered newest first (so a lower number wins a tie):
/// term key → ranked postings (see <see cref="Postings"/>), surface → key (for prefixes), entities with their name keys and postings.
/// <see cref="SearchIndexWriter"/> shards it into files; <see cref="SearchEngine"/> reads those files back.
/// </summary>
public sealed record SearchIndex(
    IReadOnlyList<SearchDocument> Documents,
    IReadOnlyDictionary<string, Posting[]> Postings,
    IReadOnlyDictionary<string, string> Vocabulary,
    IReadOnlyList<SearchEntity> Entities,
    IReadOnlyList<Posting[]> EntityPostings,
    IReadOnlyDictionary<string, IReadOnlyList<int>> NameKeys,
    IReadOnlyDictionary<string, IReadOnlyList<string>> NameWords);
