namespace DigestGen.Search;

/// <summary>Where in an article a term occurs, as bits of a posting, and what each place weighs in ranking.</summary>
public static class SearchFields
{
    public const int Body = 1;
    public const int Summary = 2;
    public const int Tag = 4;
    public const int Title = 8;

    /// <summary>Added to an entity hit so a name found anywhere outranks a word found only in the body.</summary>
    public const int EntityBonus = 5;

    /// <summary>The weight of the best place in a posting's field mask.</summary>
    public static int Weight(int mask) =>
        (mask & Title) != 0 ? 10 : (mask & Tag) != 0 ? 6 : (mask & Summary) != 0 ? 4 : (mask & Body) != 0 ? 1 : 0;
}
