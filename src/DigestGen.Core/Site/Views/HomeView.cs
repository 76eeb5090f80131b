namespace DigestGen.Site.Views;

public sealed record HomeView(IReadOnlyList<DayGroup> Days, Pager Pager);

/// <summary>The articles of one calendar day in the digest's time zone.</summary>
public sealed record DayGroup(DateTimeOffset Day, IReadOnlyList<ArticleCard> Articles);

public sealed record Pager(int Number, int Count, string? PreviousPath, string? NextPath)
{
    public static readonly Pager Single = new(1, 1, null, null);
}
