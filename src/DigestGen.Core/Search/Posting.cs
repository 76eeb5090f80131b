namespace DigestGen.Search;

/// <summary>One article in a term's or an entity's list, with the fields (<see cref="SearchFields"/>) it occurs in.</summary>
public readonly record struct Posting(int Doc, int Mask)
{
    public int Weight => SearchFields.Weight(Mask);
}
