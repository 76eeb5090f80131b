using DigestGen.Arabic;

namespace DigestGen.Entities;

/// <summary>Entity ids become URL path segments (<c>entities/&lt;id&gt;/</c>), so they are plain ASCII
/// and cannot escape their folder.</summary>
public static class EntityIds
{
    private const int MaxLength = 60;

    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 100 || id[0] == '-')
        {
            return false;
        }

        foreach (var c in id)
        {
            if (c is not (>= 'a' and <= 'z' or >= '0' and <= '9' or '-'))
            {
                return false;
            }
        }

        // 'con', 'nul', 'lpt1'…: a folder Windows cannot check out (issue #10).
        return Content.SlugRules.IsSafe(id);
    }

    /// <summary>The stable id of an unverified entity: its transliterated name, with a short hash of the
    /// normalised name when the transliteration is empty or too long to be safe. The same name gives the
    /// same id in every article and every build, so its page keeps its URL.</summary>
    public static string ForUnverified(string name)
    {
        var slug = Slugs.FromText(name, transliterate: true);
        if (slug.Length > 0 && slug.Length <= MaxLength && IsValid(slug))
        {
            return slug;
        }

        var hash = ShortHash(ArabicNormalizer.Normalize(name));
        var head = slug.Length > MaxLength ? slug[..MaxLength].TrimEnd('-') : slug;
        return IsValid(head + "-" + hash) && head.Length > 0 ? head + "-" + hash : "entity-" + hash;
    }

    /// <summary>Eight hex digits of a fixed hash (not string.GetHashCode, which changes per process).</summary>
    public static string ShortHash(string text) =>
        StableHash.Mix(StableHash.Of(text)).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
}
