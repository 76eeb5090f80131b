using System.Globalization;

namespace DigestGen.Authoring;

/// <summary>
/// Reads <c>new --date</c> with the front matter's rules: a bare date or date-time means the
/// digest's time zone, not the machine's; an explicit offset is kept.
/// </summary>
public static class DateArgument
{
    private static readonly string[] LocalFormats =
        ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];

    public static DateTimeOffset? Parse(string text, TimeZoneInfo zone)
    {
        text = text.Trim();
        if (DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
            return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
        }
        if (text.Length > 10 && (text.EndsWith('Z') || text[^6] is '+' or '-')
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
        {
            return withOffset;
        }
        return null;
    }
}
