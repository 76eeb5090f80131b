using DigestGen.Search;

namespace DigestGen.Tests.Search;

/// <summary>Ranking a posting list: best field first, then newer (lower document number) first, however the list arrives.</summary>
public sealed class PostingsTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void RanksByFieldWeightThenDocument(bool shuffled)
    {
        var random = new Random(11);
        var postings = Enumerable.Range(0, 2_000)
            .Where(_ => random.Next(3) > 0)
            .Select(doc => new Posting(doc, random.Next(16)))
            .ToList();
        if (shuffled)
        {
            postings = [.. postings.OrderBy(_ => random.Next())];
        }

        var given = postings.ToList();
        var ranked = Postings.Rank(postings);

        // The builder's own list is read in place, never reordered.
        Assert.Equal(given, postings);
        var expected = postings.OrderByDescending(p => SearchFields.Weight(p.Mask)).ThenBy(p => p.Doc).ToList();
        Assert.Equal(expected, ranked);
        Assert.Equal(10, ranked[0].Weight);
        Assert.Equal(0, ranked[^1].Weight);
    }

    [Fact]
    public void TitleBeatsTagBeatsSummaryBeatsBody()
    {
        var ranked = Postings.Rank([
            new Posting(0, SearchFields.Body),
            new Posting(1, SearchFields.Summary | SearchFields.Body),
            new Posting(2, SearchFields.Tag),
            new Posting(3, SearchFields.Title | SearchFields.Body),
            new Posting(4, SearchFields.Body),
        ]);

        Assert.Equal([3, 2, 1, 0, 4], ranked.Select(p => p.Doc));
    }
}
