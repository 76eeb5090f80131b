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
    private readonly ThreadLocal<RelatedScratch> _scratch = new(() => new RelatedScratch());

    // Each posting list as article positions, made once: scoring then adds into an array with no lookup per posting.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<IReadOnlyList<ArticleEntry>, int[]> _postingPositions = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Articles related to <paramref name="article"/>, best first (Hugo's related content): for each
    /// entity and tag of the article, walk its posting list in the inverted index and add the
    /// keyword's weight × IDF to every other article in it. Keywords in more than half the
    /// articles are skipped (the cardinality cut-off), so no pair of articles is ever compared
    /// directly and "everything mentions Alibaba" does not make everything related.
    /// </summary>
    public IReadOnlyList<ArticleEntry> RelatedTo(ArticleEntry article, int count)
    {
        if (count <= 0 || Articles.Count < 2)
        {
            return [];
        }
        var positions = Positions();
        var scratch = _scratch.Value!;
        scratch.Reset(Articles.Count);
        var self = positions[article];
        foreach (var entity in article.Entities)
        {
            AddScores(scratch, self, ArticlesByEntity.GetValueOrDefault(entity.Id), EntityWeight);
        }
        foreach (var tag in article.Meta.Tags.Distinct(StringComparer.Ordinal))
        {
            AddScores(scratch, self, ArticlesByTag.GetValueOrDefault(tag), TagWeight);
        }
        return Best(scratch, count);
    }

    /// <summary>Inverse document frequency of a keyword used by <paramref name="documents"/> articles.</summary>
    public double Idf(int documents) => Math.Log((double)Math.Max(Articles.Count, 1) / Math.Max(documents, 1)) + 0.1;

    /// <summary>True when a keyword is too common to say anything about relatedness.</summary>
    public bool IsTooCommon(int documents) =>
        Articles.Count >= CutOffMinimumArticles && documents * 2 > Articles.Count;

    private void AddScores(RelatedScratch scratch, int self, IReadOnlyList<ArticleEntry>? postings, double weight)
    {
        if (postings is null || postings.Count < 2 || IsTooCommon(postings.Count))
        {
            return;
        }
        var value = weight * Idf(postings.Count);
        foreach (var p in PositionsOf(postings))
        {
            if (p != self)
            {
                scratch.Add(p, value);
            }
        }
    }

    /// <summary>
    /// The <paramref name="count"/> best-scored articles, by one pass over those scored (count is
    /// small: a few). Most candidates lose to the current last place at the first comparison; the
    /// rest are shifted into place in a fixed array.
    /// </summary>
    private List<ArticleEntry> Best(RelatedScratch scratch, int count)
    {
        var best = new (int Position, double Score)[count];
        var kept = 0;
        foreach (var p in scratch.Touched)
        {
            var candidate = (p, scratch.Scores[p] * (1 + RecencyBonus * Recency(p)));
            if (kept == count && !Before(candidate, best[count - 1]))
            {
                continue;
            }
            var at = kept < count ? kept++ : count - 1;
            while (at > 0 && Before(candidate, best[at - 1]))
            {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = candidate;
        }
        var related = new List<ArticleEntry>(kept);
        for (var i = 0; i < kept; i++)
        {
            related.Add(Articles[best[i].Position]);
        }
        return related;
    }

    /// <summary>Higher score first, then the newer article, then the slug: the order is total, so the result never depends on threads.</summary>
    private bool Before((int Position, double Score) a, (int Position, double Score) b)
    {
        if (a.Score != b.Score)
        {
            return a.Score > b.Score;
        }
        var (x, y) = (Articles[a.Position], Articles[b.Position]);
        var byDate = x.Meta.Date.CompareTo(y.Meta.Date);
        return byDate != 0 ? byDate > 0 : string.CompareOrdinal(x.Slug, y.Slug) < 0;
    }

    // 1 for the newest article, 0 for the oldest.
    private double Recency(int position) => Articles.Count <= 1 ? 1 : 1 - (double)position / (Articles.Count - 1);

    private int[] PositionsOf(IReadOnlyList<ArticleEntry> postings) =>
        _postingPositions.GetOrAdd(postings, list =>
        {
            var positions = Positions();
            return list.Select(a => positions[a]).ToArray();
        });

    /// <summary>Each article's index in <see cref="Articles"/> (newest first).</summary>
    public int PositionOf(ArticleEntry article) => Positions()[article];

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
