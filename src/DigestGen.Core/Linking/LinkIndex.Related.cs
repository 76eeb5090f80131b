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
        var self = positions[article];
        var lists = new List<(int[] Positions, double Value)>(article.Entities.Count + article.Meta.Tags.Count);
        var postings = 0;
        for (var i = 0; i < article.Entities.Count; i++)
        {
            postings += Keyword(lists, ArticlesByEntity.GetValueOrDefault(article.Entities[i].Id), EntityWeight);
        }
        foreach (var tag in article.Meta.Tags.Distinct(StringComparer.Ordinal))
        {
            postings += Keyword(lists, ArticlesByTag.GetValueOrDefault(tag), TagWeight);
        }
        // An article whose keywords reach a good part of the archive (a common name's thousands of
        // articles) is scored into a plain array and the array read whole: no branch per posting to
        // remember what was touched. The sums are added in the same order either way, so both give
        // the same scores, and the order of the result is total, so the same list.
        if (postings > Articles.Count / DenseShare)
        {
            scratch.ResetDense(Articles.Count);
            foreach (var (list, value) in lists)
            {
                scratch.AddAll(list, value);
            }
            scratch.Scores[self] = 0;
            return Best(scratch, dense: true, count);
        }
        scratch.Reset(Articles.Count);
        foreach (var (list, value) in lists)
        {
            foreach (var p in list)
            {
                if (p != self)
                {
                    scratch.Add(p, value);
                }
            }
        }
        return Best(scratch, dense: false, count);
    }

    // Postings past a quarter of the archive: the array is read whole.
    private const int DenseShare = 4;

    /// <summary>A keyword's posting list and the value it adds, unless it is too rare or too common to count; its length.</summary>
    private int Keyword(List<(int[] Positions, double Value)> lists, IReadOnlyList<ArticleEntry>? postings, double weight)
    {
        if (postings is null || postings.Count < 2 || IsTooCommon(postings.Count))
        {
            return 0;
        }
        lists.Add((PositionsOf(postings), weight * Idf(postings.Count)));
        return postings.Count;
    }

    /// <summary>Inverse document frequency of a keyword used by <paramref name="documents"/> articles.</summary>
    public double Idf(int documents) => Math.Log((double)Math.Max(Articles.Count, 1) / Math.Max(documents, 1)) + 0.1;

    /// <summary>True when a keyword is too common to say anything about relatedness.</summary>
    public bool IsTooCommon(int documents) =>
        Articles.Count >= CutOffMinimumArticles && documents * 2 > Articles.Count;

    /// <summary>
    /// The <paramref name="count"/> best-scored articles, by one pass over those scored (count is
    /// small: a few). Most candidates lose to the current last place at the first comparison; the
    /// rest are shifted into place in a fixed array.
    /// </summary>
    private List<ArticleEntry> Best(RelatedScratch scratch, bool dense, int count)
    {
        var best = new (int Position, double Score)[count];
        var kept = 0;
        var scores = scratch.Scores;
        var recency = RecencyFactors();
        // Once the list is full, a score below its last one cannot enter it (an equal one may, on the
        // date): most candidates are turned away by one multiplication, without a call.
        var floor = double.NegativeInfinity;
        if (dense)
        {
            // Zero: not reached, or the article itself. The scan leaves the array cleared for the next article.
            scratch.TakeDense(recency, Consider);
        }
        else
        {
            foreach (var p in scratch.Touched)
            {
                if (scores[p] * recency[p] >= floor)
                {
                    floor = Consider(p, scores[p] * recency[p]);
                }
            }
        }

        // Returns the floor: the last place's score once the list is full.
        double Consider(int p, double score)
        {
            var c = (p, score);
            if (kept == count && !Before(c, best[count - 1]))
            {
                return floor;
            }
            var at = kept < count ? kept++ : count - 1;
            while (at > 0 && Before(c, best[at - 1]))
            {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = c;
            if (kept == count)
            {
                floor = best[count - 1].Score;
            }
            return floor;
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

    private double[]? _recencyFactors;

    /// <summary>Each article's score multiplier, 1 + <see cref="RecencyBonus"/> × recency, worked out once.</summary>
    private double[] RecencyFactors()
    {
        if (_recencyFactors is null)
        {
            var factors = new double[Articles.Count];
            for (var p = 0; p < factors.Length; p++)
            {
                factors[p] = 1 + RecencyBonus * Recency(p);
            }
            Interlocked.CompareExchange(ref _recencyFactors, factors, null);
        }
        return _recencyFactors;
    }

    // A static factory with the index as its argument: a lambda over `this` was a new delegate at every call (16 MiB of a clean build).
    private int[] PositionsOf(IReadOnlyList<ArticleEntry> postings) =>
        _postingPositions.GetOrAdd(postings, static (list, index) =>
        {
            var positions = index.Positions();
            var result = new int[list.Count];
            for (var i = 0; i < result.Length; i++)
            {
                result[i] = positions[list[i]];
            }
            return result;
        }, this);

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
