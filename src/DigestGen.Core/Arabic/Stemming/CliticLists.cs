namespace DigestGen.Arabic.Stemming;

/// <summary>
/// The search rules' clitic lists, composed from <see cref="Proclitics"/> (the one definition the
/// extractor uses too): every conjunction + preposition + article sequence, and the sequences
/// without the article. Longest first, so the first prefix that fits is the whole clitic.
/// </summary>
public static class CliticLists
{
    /// <summary>(conjunction)(preposition) + article, ل + ال written لل: ولل, وبال … بال, لل, ال.</summary>
    public static IReadOnlyList<string> Definite { get; } =
        [.. Sequences().Select(WithArticle).OrderByDescending(p => p.Length)];

    /// <summary>Conjunction and preposition without the article: وب, ول … و, ف, ب, ك, ل.</summary>
    public static IReadOnlyList<string> Bare { get; } =
        [.. Sequences().Where(p => p.Length > 0).OrderByDescending(p => p.Length)];

    private static IEnumerable<string> Sequences() =>
        from conjunction in Proclitics.Conjunctions.Prepend("")
        from preposition in Proclitics.Prepositions.Prepend("")
        select conjunction + preposition;

    private static string WithArticle(string prefix) =>
        prefix.EndsWith('ل') ? prefix + Proclitics.Article[1..] : prefix + Proclitics.Article;
}
