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
        if (System.Text.Encoding.UTF8.GetByteCount(slug) > MaxBytes)
        {
            // A folder's name has room for 255 bytes: a name longer than that keeps its start, cut at a
            // dash where there is one, and a number of the whole name, so two long names stay apart.
            var head = slug[..MaxCharsWithin(slug, MaxBytes - 6)];
            var dash = head.LastIndexOf('-');
            head = dash > head.Length / 2 ? head[..dash] : head.TrimEnd('-');
            slug = $"{head}-{StableNumber(name)}";
        }
        return slug.Length > 0 ? slug : $"{kind}-{StableNumber(name)}";
    }

    /// <summary>The longest name a folder gets from a tag or source: room left for "-2", "-3"… after it.</summary>
    private const int MaxBytes = Content.SlugRules.MaxBytes - 15;

    /// <summary>How many of <paramref name="text"/>'s characters fit in <paramref name="bytes"/> bytes of UTF-8 (a pair of surrogates is never split).</summary>
    private static int MaxCharsWithin(string text, int bytes)
    {
        System.Text.Unicode.Utf8.FromUtf16(text, new byte[bytes], out var read, out _);
        return read;
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
