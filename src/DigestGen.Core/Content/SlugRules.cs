namespace DigestGen.Content;

/// <summary>What a slug or id may be, so that no content can name a path outside its folder.</summary>
public static class SlugRules
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    /// <summary>A slug is a folder's name: file systems take at most 255 bytes of it (UTF-8, two bytes an Arabic letter).</summary>
    public const int MaxBytes = 255;

    public static bool IsSafe(string slug) =>
        slug.Length is > 0 and <= 200
        && System.Text.Encoding.UTF8.GetByteCount(slug) <= MaxBytes
        && !slug.Contains("..", StringComparison.Ordinal)
        && slug.IndexOfAny(['/', '\\', ':', '*', '?', '"', '<', '>', '|', '#', '%']) < 0
        && !slug.Any(char.IsControl)
        && !slug.Any(char.IsWhiteSpace)
        && slug[0] != '.' && slug[0] != '-'
        && !Reserved.Contains(slug.Split('.')[0]);
}
