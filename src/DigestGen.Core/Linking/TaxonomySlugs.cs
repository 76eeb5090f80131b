using DigestGen.Arabic;
using DigestGen.Diagnostics;

namespace DigestGen.Linking;

/// <summary>
/// URL segments for tag and source names. Arabic is kept (<see cref="Slugs.FromText"/>); when
/// two names give the same segment ("الصين" and "الصين!") the later one in ordinal order gets
/// "-2", "-3"…, and the editor is warned, so no page silently overwrites another.
/// </summary>
public sealed class TaxonomySlugs
{
    private readonly Dictionary<string, string> _slugs;

    private TaxonomySlugs(Dictionary<string, string> slugs) => _slugs = slugs;

    public static TaxonomySlugs Assign(string kind, IEnumerable<string> names, DiagnosticBag diagnostics)
    {
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names.Order(StringComparer.Ordinal))
        {
            var baseSlug = Base(kind, name);
            var slug = baseSlug;
            for (var n = 2; owners.ContainsKey(slug); n++)
            {
                slug = $"{baseSlug}-{n}";
            }
            if (slug != baseSlug)
            {
                diagnostics.Add(Diagnostic.Warning("content/articles", 0, 0,
                    $"the {kind}s '{owners[baseSlug]}' and '{name}' share the URL segment '{baseSlug}'; '{name}' is published under '{slug}'",
                    $"spell the {kind} the same way in every article"));
            }
            owners[slug] = name;
            slugs[name] = slug;
        }
        return new TaxonomySlugs(slugs);
    }

    /// <summary>The segment of a name; a name never indexed still gets its plain slug.</summary>
    public string this[string name] => _slugs.TryGetValue(name, out var slug) ? slug : Base("item", name);

    public IReadOnlyCollection<string> Names => _slugs.Keys;

    private static string Base(string kind, string name)
    {
        var slug = Slugs.FromText(name);
        return slug.Length > 0 ? slug : $"{kind}-{StableNumber(name)}";
    }

    // Names made only of punctuation still need a segment that is the same on every build.
    private static uint StableNumber(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return hash % 100000;
    }
}
