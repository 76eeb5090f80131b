namespace DigestGen.Arabic.Stemming;

/// <summary>Function words neither indexed nor required in a query: every article has them, so they only cost size.</summary>
public static class StopWordList
{
    private static readonly string[] Raw =
    [
        "في", "من", "على", "إلى", "عن", "مع", "أن", "إن", "أو", "ثم", "قد", "لا", "ما", "لم", "لن", "هل",
        "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "التي", "الذي", "الذين", "اللذين", "كان", "كانت", "يكون", "تكون",
        "وقد", "وفي", "ومن", "وعلى", "وإلى", "وأن", "وما", "ولا", "فقد", "كما", "بين", "عند", "حتى", "بعد", "قبل",
        "هو", "هي", "هم", "نحو", "خلال", "حيث", "أي", "كل", "غير", "لكن", "بل", "إذ", "إذا", "منذ", "عبر", "ضمن",
        "أمام", "لدى", "فيه", "فيها", "منه", "منها", "عليه", "عليها", "به", "بها", "له", "لها", "إنه", "أنه", "أنها",
        "the", "a", "an", "of", "and", "or", "in", "on", "to", "for", "is",
    ];

    public static IReadOnlyList<string> All { get; } = Raw.Select(ArabicNormalizer.Normalize).Distinct().ToArray();
}
