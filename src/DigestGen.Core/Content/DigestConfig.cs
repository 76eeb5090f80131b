namespace DigestGen.Content;

/// <summary>The site settings from <c>content/digest.yml</c>; every setting has a default.</summary>
public sealed record DigestConfig
{
    public string Title { get; init; } = "موجز الأخبار";
    public string Description { get; init; } = "";
    public string BaseUrl { get; init; } = "/";
    public string Language { get; init; } = "ar";
    public string TimeZone { get; init; } = "UTC";
    public string? Author { get; init; }
    public MonthNames MonthNames { get; init; } = MonthNames.Levantine;
    public DigitStyle Digits { get; init; } = DigitStyle.Latin;
    public bool TransliterateSlugs { get; init; }
    public QuoteStyle Quotes { get; init; } = QuoteStyle.Straight;
    public int PageSize { get; init; } = 10;
    public int RelatedCount { get; init; } = 5;
    public int FeedItems { get; init; } = 20;
    public bool FeedFullContent { get; init; } = true;
    public bool UnsafeHtml { get; init; }
    public bool LinkAllMentions { get; init; }
    public bool DraftsByDefault { get; init; } = true;

    /// <summary>The path part of <see cref="BaseUrl"/>, always starting and ending with '/'.</summary>
    public string BasePath
    {
        get
        {
            var path = HttpUri(BaseUrl) is { } uri ? uri.AbsolutePath : BaseUrl;
            path = "/" + path.Trim('/');
            return path.EndsWith('/') ? path : path + "/";
        }
    }

    /// <summary>Scheme and host of <see cref="BaseUrl"/>, or empty when it is only a path.</summary>
    public string Origin => HttpUri(BaseUrl)?.GetLeftPart(UriPartial.Authority) ?? "";

    /// <summary>
    /// Only http(s) counts as an absolute base URL: on Unix, .NET parses "/repo/" as an absolute
    /// file:// URI, which would turn a path-only base_url into file:/// links.
    /// </summary>
    private static Uri? HttpUri(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;

    public TimeZoneInfo Zone =>
        TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;
}

public enum MonthNames
{
    /// <summary>"نيسان/ أبريل": the Levantine name with the Gregorian one, as the seed writes it.</summary>
    Levantine,

    /// <summary>"أبريل": Egyptian and Gulf usage.</summary>
    Standard,

    /// <summary>"نيسان" alone.</summary>
    Syriac,
}

public enum DigitStyle
{
    Latin,
    Arabic,
}

public enum QuoteStyle
{
    Straight,
    Curly,
}
