namespace DigestGen.Search;

/// <summary><c>e/{entity}.json</c>: the first page of an entity's ranked postings and how many pages it has; page n ≥ 1 is <c>e/{entity}.{n}.json</c>.</summary>
public sealed record PostingHead(int[] P, int Pages);
