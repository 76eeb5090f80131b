using DigestGen.Site.Views;

namespace DigestGen.Tests.Rendering;

/// <summary>An article's entity link and the card it shows: the planner's shared link, not a copy per read.</summary>
public sealed class EntityLinkTests
{
    private static readonly EntityLink Shared = new("pangu-mobility", "بانغو موبيليتي", "organization", "مؤسسة",
        "entities/pangu-mobility/", true, 0, "شركة صينية لأشباه الموصلات.", 825, "825 خبراً");

    [Fact]
    public void TheCardOfAnArticlesLinkIsTheSharedLinkItWasMadeFrom()
    {
        var inArticle = Shared with { Mentions = 4, Card = Shared };

        Assert.Same(Shared, inArticle.Card);
        Assert.Same(Shared, inArticle.Card);
        Assert.Equal(4, inArticle.Mentions);
        Assert.Equal("entity-card-pangu-mobility", inArticle.CardId);
    }

    [Fact]
    public void WithoutASharedLinkTheCardIsStillTheEntityWithoutItsCount()
    {
        var inArticle = Shared with { Mentions = 2 };

        Assert.Equal(0, inArticle.Card.Mentions);
        Assert.Equal(Shared, inArticle.Card);
        Assert.Same(Shared, Shared.Card);
    }

    [Fact]
    public void TwoArticlesLinksToTheSameEntityWithTheSameCountAreEqual()
    {
        // include_cached compares its arguments by value: equal links must stay equal however they were made.
        var first = Shared with { Mentions = 3, Card = Shared };
        var second = Shared with { Mentions = 3, Card = Shared };

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, Shared with { Mentions = 1, Card = Shared });
    }

    [Fact]
    public void ACardOfAnotherEntityOrWithACountIsRefused()
    {
        var other = Shared with { Id = "yunfeng-pay" };

        Assert.Throws<ArgumentException>(() => Shared with { Mentions = 1, Card = other });
        Assert.Throws<ArgumentException>(() => Shared with { Mentions = 1, Card = Shared with { Mentions = 2 } });
    }
}
