using DigestGen.Arabic;
using DigestGen.Content;
using DigestGen.Diagnostics;

namespace DigestGen.Authoring;

/// <summary>
/// Writes a new article file at <c>articles/YYYY/MM/SLUG.md</c> with its front matter filled
/// in. Never overwrites: an existing file is a diagnostic, so an editor's work is never lost.
/// </summary>
public sealed class ArticleWriter(string contentDirectory, DigestConfig config)
{
    /// <summary>Long headlines make unwieldy URLs; the slug keeps the first words up to this length.</summary>
    public const int MaxSlugLength = 80;

    /// <summary>Returns the path written, or null after adding the reason to <paramref name="diagnostics"/>.</summary>
    public string? Write(NewArticle request, DiagnosticBag diagnostics)
    {
        var title = CleanTitle(request.Title);
        if (title.Length == 0)
        {
            diagnostics.Add(Diagnostic.Error("new", 0, 0, "the title is empty", "write the headline in quotes: new \"…\""));
            return null;
        }
        var slug = request.Slug?.Trim() ?? SlugFor(title);
        if (!SlugRules.IsSafe(slug))
        {
            var hint = request.Slug is null ? "pass --slug with letters, digits and '-'" : "use letters, digits and '-' only";
            diagnostics.Add(Diagnostic.Error("new", 0, 0, $"'{slug}' cannot be used as a slug", hint));
            return null;
        }
        var date = request.Date ?? TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, config.Zone);
        date = date.AddTicks(-(date.Ticks % TimeSpan.TicksPerSecond));
        var path = PathFor(date, slug);
        // The loader derives the slug from the file name; only say it again when that would differ.
        var explicitSlug = Slugs.FromText(slug, config.TransliterateSlugs) == slug ? null : slug;
        var text = FrontMatterText.Write(title, date, explicitSlug, CleanTags(request.Tags), request.Draft ?? config.DraftsByDefault);
        return Create(path, text, diagnostics) ? path : null;
    }

    public string PathFor(DateTimeOffset date, string slug) =>
        Path.Combine(contentDirectory, "articles", date.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
            date.ToString("MM", System.Globalization.CultureInfo.InvariantCulture), slug + ".md");

    public string SlugFor(string title)
    {
        var slug = Slugs.FromText(title, config.TransliterateSlugs);
        if (slug.Length <= MaxSlugLength)
        {
            return slug;
        }
        var cut = slug.LastIndexOf('-', MaxSlugLength);
        return slug[..(cut > 0 ? cut : MaxSlugLength)];
    }

    private static bool Create(string path, string text, DiagnosticBag diagnostics)
    {
        var display = ContentLoader.DisplayPath(path);
        if (File.Exists(path))
        {
            diagnostics.Add(Diagnostic.Error(display, 0, 0, "an article already exists at this path; it was left unchanged", "pass --slug to choose another name, or edit the existing file"));
            return false;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            // CreateNew closes the gap between the check above and the write: never clobber.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
            writer.Write(text);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            diagnostics.Add(Diagnostic.Error(display, 0, 0, "an article already exists at this path; it was left unchanged", "pass --slug to choose another name"));
            return false;
        }
    }

    /// <summary>A headline is one line: line breaks and runs of spaces become one space.</summary>
    private static string CleanTitle(string title) =>
        string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static IReadOnlyList<string> CleanTags(IReadOnlyList<string> tags) =>
        tags.Select(CleanTitle).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
}
