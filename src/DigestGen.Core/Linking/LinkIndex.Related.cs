using DigestGen.Site;

namespace DigestGen.Linking;

public sealed partial class LinkIndex
{
    /// <summary>Tags count for less than shared entities: editors tag broadly, entities are specific.</summary>
    public const double EntityWeight = 1.0;
    public const double TagWeight = 0.5;

    /// <summary>How much the newest article's score is raised over the oldest's (a slight nudge, never a reorder of clear matches).</summary>
    public const double RecencyBonus = 0.1;

    /// <summary>
    /// Below this many articles the cardinality cut-off is off: in a digest of four stories a
    /// name shared by three is still the best clue there is.
    /// </summary>
    public const int CutOffMinimumArticles = 6;

    private Dictionary<ArticleEntry, int>? _positions;

    /// <summary>
    /// Articles related to <paramref name="article"/>, best first (Hugo's related content): for each
    /// entity and tag of the article, walk its posting list in the inverted index and add the
    /// keyword's weight × IDF to every other article in it. Keywords in more than half the
    /// articles are skipped (the cardinality cut-off), so no pair of articles is ever compared
    /// directly and "everything mentions Alibaba" does not make everything related.
    /// </summary>
    public IReadOnlyList<ArticleEntry> RelatedTo(ArticleEntry article, int count)
    {
        if (count <= 0)
        {
            return [];
        }
        var scores = new Dictionary<ArticleEntry, double>(ReferenceEqualityComparer.Instance);
        foreach (var entity in article.Entities)
        {
            AddScores(scores, article, ArticlesByEntity.GetValueOrDefault(entity.Id), EntityWeight);
        }
        foreach (var tag in article.Meta.Tags.Distinct(StringComparer.Ordinal))
        {
            AddScores(scores, article, ArticlesByTag.GetValueOrDefault(tag), TagWeight);
        }
        var positions = Positions();
        return scores
            .Select(kv => (Article: kv.Key, Score: kv.Value * (1 + RecencyBonus * Recency(positions[kv.Key]))))
            .OrderByDescending(x => x.Score)
            .ThenByDescending(x => x.Article.Meta.Date)
            .ThenBy(x => x.Article.Slug, StringComparer.Ordinal)
            .Take(count)
            .Select(x => x.Article)
            .ToList();
    }

    /// <summary>Inverse document frequency of a keyword used by <paramref name="documents"/> articles.</summary>
    public double Idf(int documents) => Math.Log((double)Math.Max(Articles.Count, 1) / Math.Max(documents, 1)) + 0.1;

    /// <summary>True when a keyword is too common to say anything about relatedness.</summary>
    public bool IsTooCommon(int documents) =>
        Articles.Count >= CutOffMinimumArticles && documents * 2 > Articles.Count;

    private void AddScores(Dictionary<ArticleEntry, double> scores, ArticleEntry article, IReadOnlyList<ArticleEntry>? postings, double weight)
    {
        if (postings is null || postings.Count < 2 || IsTooCommon(postings.Count))
        {
            return;
        }
        var value = weight * Idf(postings.Count);
        foreach (var other in postings)
        {
            if (!ReferenceEquals(other, article))
            {
                scores[other] = scores.GetValueOrDefault(other) + value;
            }
        }
    }

    // 1 for the newest article, 0 for the oldest.
    private double Recency(int position) => Articles.Count <= 1 ? 1 : 1 - (double)position / (Articles.Count - 1);

    private Dictionary<ArticleEntry, int> Positions()
    {
        if (_positions is null)
        {
            var positions = new Dictionary<ArticleEntry, int>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < Articles.Count; i++)
            {
                positions[Articles[i]] = i;
            }
            Interlocked.CompareExchange(ref _positions, positions, null);
        }
        return _positions;
    }
}
