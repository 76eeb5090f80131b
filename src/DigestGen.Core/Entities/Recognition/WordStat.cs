namespace DigestGen.Entities.Recognition;

/// <summary>
/// How often the training text used a word, and how often inside a name of each class (PERS,
/// LOC, ORG, MISC). Training reads it without the counts of the token's own part of the corpus (one
/// tenth, as a held-out article is unseen), so a word found only there looks to the model as an
/// unseen word will at run time, and the name shares it learns to trust are the ones a new text will show.
/// </summary>
internal readonly record struct WordStat(int Count, int Person, int Place, int Organization, int Misc)
{
    public static readonly WordStat None = default;

    /// <summary>These counts plus one occurrence tagged <paramref name="tag"/>.</summary>
    public WordStat With(int tag) => NerTags.ClassOf(tag) switch
    {
        0 => this with { Count = Count + 1, Person = Person + 1 },
        1 => this with { Count = Count + 1, Place = Place + 1 },
        2 => this with { Count = Count + 1, Organization = Organization + 1 },
        3 => this with { Count = Count + 1, Misc = Misc + 1 },
        _ => this with { Count = Count + 1 },
    };

    public WordStat Minus(WordStat other) =>
        new(Count - other.Count, Person - other.Person, Place - other.Place, Organization - other.Organization, Misc - other.Misc);

    /// <summary>One number for the features: how often (0, 1, 2–3, 4–9, 10+), how much of it in names
    /// (none, under half, half or more, always) and the most frequent class of those names.</summary>
    public uint Code
    {
        get
        {
            uint often = Count switch { 0 => 0, 1 => 1, <= 3 => 2, <= 9 => 3, _ => 4 };
            var names = Person + Place + Organization + Misc;
            if (Count == 0 || names == 0)
            {
                return often * 20;
            }

            uint share = names * 2 < Count ? 1u : names < Count ? 2u : 3u;
            var best = Math.Max(Math.Max(Person, Place), Math.Max(Organization, Misc));
            uint cls = best == Person ? 0u : best == Place ? 1u : best == Organization ? 2u : 3u;
            return (often * 20) + (share * 4) + cls;
        }
    }
}
