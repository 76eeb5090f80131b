using System.Globalization;
using System.Text;

namespace DigestGen.Authoring;

/// <summary>
/// Writes the front matter of a new article. Text values are YAML single-quoted, the one
/// style in which nothing an editor types (':', '#', quotes, a leading '-' or '[') changes
/// the meaning; a quote inside is doubled.
/// </summary>
public static class FrontMatterText
{
    public static string Write(string title, DateTimeOffset date, string? slug, IReadOnlyList<string> tags, bool draft)
    {
        var sb = new StringBuilder("---\n");
        sb.Append("title: ").Append(Quote(title)).Append('\n');
        sb.Append("date: ").Append(Date(date)).Append('\n');
        if (slug is not null)
        {
            sb.Append("slug: ").Append(Quote(slug)).Append('\n');
        }
        sb.Append("tags: [").Append(string.Join(", ", tags.Select(Quote))).Append("]\n");
        sb.Append("summary:\n");
        sb.Append("source:\n  name:\n  url:\n");
        sb.Append("draft: ").Append(draft ? "true" : "false").Append('\n');
        sb.Append("---\n\n");
        return sb.ToString();
    }

    public static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>A full date-time with its offset, so the file means the same wherever it is built.</summary>
    public static string Date(DateTimeOffset date) =>
        date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
