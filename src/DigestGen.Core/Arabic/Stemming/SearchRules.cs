namespace DigestGen.Arabic.Stemming;

/// <summary>
/// The data behind <see cref="SearchAnalyzer"/>: clitics, suffixes, stop words, the broken-plural
/// lexicon and the letters foreign names swap. The build writes it into the search index so the
/// browser script applies exactly these rules instead of carrying its own copy.
/// Every string here is already normalised (ة→ه, أ→ا, ى→ي).
/// </summary>
public sealed record SearchRules
{
    /// <summary>Conjunction + preposition + article, longest first; لل is ل + ال.</summary>
    public IReadOnlyList<string> Definite { get; init; } = CliticLists.Definite;

    /// <summary>Clitics without the article. A word may or may not carry them (وزير, بكين), so the index keeps both readings.</summary>
    public IReadOnlyList<string> Bare { get; init; } = CliticLists.Bare;

    /// <summary>Attached pronouns, longest first.</summary>
    public IReadOnlyList<string> Pronouns { get; init; } = ["هما", "كما", "هم", "هن", "ها", "كم", "نا"];

    /// <summary>Sound plurals: ـون/ـين drop, ـات becomes the singular's ة (ه after normalisation).</summary>
    public IReadOnlyList<string> MasculinePlurals { get; init; } = ["ون", "ين"];

    public string FemininePlural { get; init; } = "ات";

    /// <summary>A stem after removing the article keeps at least this many letters (الف stays الف).</summary>
    public int MinDefiniteStem { get; init; } = 2;

    /// <summary>A word after removing a bare clitic keeps at least this many letters (بنك stays بنك).</summary>
    public int MinBareStem { get; init; } = 3;

    /// <summary>Pronoun and ـات removal keep at least three letters (منها, فيها stay whole).</summary>
    public int MinSuffixStem { get; init; } = 3;

    /// <summary>ـون/ـين removal keeps four: بوتين, الصين, بكين are names, not plurals.</summary>
    public int MinPluralStem { get; init; } = 4;

    /// <summary>Letters that spell the foreign G in names (غوغل, جوجل, قوقل), folded to one for entity names only.</summary>
    public IReadOnlyDictionary<string, string> NameLetters { get; init; } = new Dictionary<string, string> { ["غ"] = "ج", ["ق"] = "ج" };

    public IReadOnlyList<string> StopWords { get; init; } = StopWordList.All;

    public IReadOnlyDictionary<string, string> BrokenPlurals { get; init; } = BrokenPluralLexicon.Entries;

    public static SearchRules Default { get; } = new();
}
