using DigestGen.Arabic;

namespace DigestGen.Entities.Matching;

/// <summary>
/// <see cref="Proclitics.Analyses"/> and <see cref="Proclitics.StripDefinite"/> remembered per word
/// form. Every stage asks them of the same words (the gazetteer pass, the repeats pass, the
/// recogniser's list features, the rules), and each answer allocates a list and substrings; news
/// vocabulary is small, so one answer per distinct word serves the whole build. The cache stops
/// growing at a bound, so a long-running process cannot fill memory with rare words.
/// </summary>
internal static class CliticReadings
{
    private const int MaxCachedWords = 200_000;
    // Arrays: the callers loop over a word's readings at every token, and a loop over the interface
    // boxed an enumerator each time (half a gigabyte of garbage at 10,000 articles).
    private static readonly WordCache<CliticSplit[]> Readings = new(MaxCachedWords);
    private static readonly WordCache<string> Stripped = new(MaxCachedWords);

    /// <summary>The word's readings, the unsplit word first (see <see cref="Proclitics.Analyses"/>).</summary>
    public static CliticSplit[] Of(string normalizedWord) => Readings.GetOrAdd(normalizedWord, static w => [.. Proclitics.Analyses(w)]);

    /// <summary>The word without conjunction, preposition and article when it has an article
    /// (see <see cref="Proclitics.StripDefinite"/>).</summary>
    public static string StripDefinite(string normalizedWord) => Stripped.GetOrAdd(normalizedWord, Proclitics.StripDefinite);
}
