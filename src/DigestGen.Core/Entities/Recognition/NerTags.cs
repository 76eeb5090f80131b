namespace DigestGen.Entities.Recognition;

/// <summary>
/// The BIO tag set of the recogniser: O, then B-/I- for each class ANERcorp annotates. Index
/// arithmetic (B = 1 + 2k, I = 2 + 2k) keeps the decoder's constraint checks branch-free.
/// </summary>
internal static class NerTags
{
    public static readonly string[] Classes = ["PERS", "LOC", "ORG", "MISC"];

    public const int Count = 9;
    public const int Outside = 0;

    public static int Begin(int cls) => 1 + (2 * cls);

    public static int Inside(int cls) => 2 + (2 * cls);

    public static int ClassOf(int tag) => tag == Outside ? -1 : (tag - 1) / 2;

    public static bool IsBegin(int tag) => tag != Outside && (tag - 1) % 2 == 0;

    public static bool IsInside(int tag) => tag != Outside && (tag - 1) % 2 == 1;

    /// <summary>I-X may only follow B-X or I-X: the decoder never produces a broken span.</summary>
    public static bool Allowed(int previous, int tag) =>
        !IsInside(tag) || (previous != Outside && ClassOf(previous) == ClassOf(tag));

    public static int Parse(string conllTag)
    {
        if (conllTag.Length < 3 || conllTag[1] != '-')
        {
            return Outside;
        }

        var cls = Array.IndexOf(Classes, conllTag[2..]);
        return cls < 0 ? Outside : conllTag[0] == 'B' ? Begin(cls) : Inside(cls);
    }

    public static EntityType TypeOf(int cls) => cls switch
    {
        0 => EntityType.Person,
        1 => EntityType.Place,
        2 => EntityType.Organization,
        _ => EntityType.Other,
    };

    public static int ClassOf(EntityType type) => type switch
    {
        EntityType.Person => 0,
        EntityType.Place => 1,
        EntityType.Organization => 2,
        _ => 3,
    };
}
