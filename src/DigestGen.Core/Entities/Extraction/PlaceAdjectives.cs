using DigestGen.Entities.Matching;

namespace DigestGen.Entities.Extraction;

/// <summary>
/// Adjectives of nationality or origin formed from a listed place with the article: الأوكراني
/// (أوكرانيا)، السنغالي (السنغال)، المغربية (المغرب). Alone they describe someone (الحارس الأوكراني),
/// they do not name anyone: in ANERcorp 13 of about 2,000 such words are a one-word name.
/// </summary>
internal static class PlaceAdjectives
{
    /// <summary>True when the normalised word is ال + the nisba (-ي, -ية) of a place the lexicon lists.</summary>
    public static bool IsDefiniteNisbaOfPlace(string norm, Recognition.NerLexicon lexicon)
    {
        var stem = CliticReadings.StripDefinite(norm);
        if (ReferenceEquals(stem, norm) || stem.Length == norm.Length)
        {
            return false;
        }

        var root = stem.EndsWith("يه", StringComparison.Ordinal) ? stem[..^2] : stem.EndsWith('ي') ? stem[..^1] : null;
        if (root is null || root.Length < 3)
        {
            return false;
        }

        foreach (var place in (ReadOnlySpan<string>)[root, "ال" + root, root + "ا", "ال" + root + "ا", root + "ه", "ال" + root + "ه", root + "يا", root + "ان", "ال" + root + "ان"])
        {
            if ((lexicon.LongestNameAt([place], 0, 1, out _) & 2) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
