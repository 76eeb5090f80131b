namespace DigestGen.Search;

/// <summary>
/// <c>e/{entity}.json</c>: the first page of an entity's ranked postings, how many pages it has (page n ≥ 1
/// is <c>e/{entity}.{n}.json</c>), and its name keys, which the results page marks in titles and snippets.
/// </summary>
public sealed record PostingHead(int[] P, int Pages, IReadOnlyList<string> K);
