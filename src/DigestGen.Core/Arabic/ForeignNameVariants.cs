namespace DigestGen.Arabic;

/// <summary>
/// Spellings Arabic news uses for the same foreign name: the Latin G is written غ (Levant),
/// ج (Egypt) or ق (Gulf), so غوغل، جوجل، قوقل are one company. Alef and ة/ه variants need
/// nothing here: <see cref="ArabicNormalizer"/> already folds them (أبل = آبل, ة = ه).
/// Applied only where configured (gazetteer names), because for native words the three
/// letters are different words (جدة is not غدة).
/// </summary>
public static class ForeignNameVariants
{
    /// <summary>Caps the expansion of names with many G letters.</summary>
    public const int MaxVariants = 9;

    private static readonly char[] GLetters = ['غ', 'ج', 'ق'];

    /// <summary>The normalised name and its G-letter variants (itself first), at most <see cref="MaxVariants"/>.</summary>
    public static IReadOnlyList<string> Expand(string normalizedName)
    {
        ArgumentNullException.ThrowIfNull(normalizedName);
        var variants = new List<string> { normalizedName };
        for (var i = 0; i < normalizedName.Length; i++)
        {
            if (Array.IndexOf(GLetters, normalizedName[i]) < 0)
            {
                continue;
            }

            var count = variants.Count;
            for (var v = 0; v < count; v++)
            {
                foreach (var g in GLetters)
                {
                    var chars = variants[v].ToCharArray();
                    chars[i] = g;
                    var candidate = new string(chars);
                    if (!variants.Contains(candidate) && variants.Count < MaxVariants)
                    {
                        variants.Add(candidate);
                    }
                }
            }
        }

        return variants;
    }

    /// <summary>A key equal for all G spellings of a name: غ ج ق fold to غ.</summary>
    public static string FoldG(string normalizedName) =>
        normalizedName.Replace('ج', 'غ').Replace('ق', 'غ');
}
