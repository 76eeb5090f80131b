using System.Collections.Frozen;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using DigestGen.Arabic;
using DigestGen.Content;
using Scriban.Runtime;

namespace DigestGen.Rendering;

/// <summary>The functions templates call, snake_case as Scriban exposes them.</summary>
public sealed class TemplateFunctions
{
    /// <summary>How <c>json</c> and <c>json_ld</c> escape strings.</summary>
    public static readonly JavaScriptEncoder ScriptEncoder = JavaScriptEncoder.Create(ScriptText());

    // Letters as they are: JavaScriptEncoder.Default wrote each Arabic letter as \uXXXX, a third
    // of an article page. The built-in encoders still escape <, >, &, quotes and + (so "</script>"
    // in content cannot close a JSON-LD block) and control and separator characters (U+2028,
    // U+2029); bidi controls, which no page may hold, are escaped too.
    private static readonly JsonWriterOptions ScriptJson = new() { Encoder = ScriptEncoder, Indented = false };

    private readonly DigestConfig _config;

    // Read once: the config parses base_url as a Uri on every read, and url is called for every link.
    private readonly string _basePath;
    private readonly string _origin;

    // Every link of a build, made once: a page links the same tags, sources and entities as hundreds of
    // others, and each call joined the base path to the path again (percent-encoding an Arabic tag too).
    // A build makes its own functions, so this holds one site's links, never a growing history of them.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _urls = new(Environment.ProcessorCount, 4096, StringComparer.Ordinal);

    public TemplateFunctions(DigestConfig config)
    {
        _config = config;
        _basePath = config.BasePath;
        _origin = config.Origin;
    }

    /// <summary>The functions a parsed template calls directly (see <see cref="DirectCall"/>): the ones below, <c>json_ld</c> and <c>include_cached</c>.</summary>
    internal static readonly FrozenSet<string> DirectNames = FrozenSet.Create(StringComparer.Ordinal,
        "include", "include_cached", "url", "abs_url", "digits", "bidi", "raw", "json", "arabic_date", "arabic_day", "arabic_count", "iso_date", "json_ld");

    public ScriptObject ToScriptObject()
    {
        var functions = new ScriptObject();
        functions["include"] = new TrustedInclude();
        functions["url"] = new TemplateFunction<string?, string>(Url);
        functions["abs_url"] = new TemplateFunction<string?, string>(AbsoluteUrl);
        functions["digits"] = new TemplateFunction<object?, string>(v => ArabicDigits.Apply(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "", _config.Digits));
        functions["bidi"] = new TemplateFunction<string?, RawHtml>(Bidi);
        functions["raw"] = new TemplateFunction<object?, RawHtml>(t => t as RawHtml ?? new RawHtml(t?.ToString() ?? ""));
        functions["json"] = new TemplateFunction<object?, RawHtml>(v => new RawHtml(Json(v)));
        functions["arabic_date"] = new TemplateFunction<DateTimeOffset, string>(d => ArabicDates.Format(Local(d), _config.MonthNames, _config.Digits));
        functions["arabic_day"] = new TemplateFunction<DateTimeOffset, string>(d => ArabicDates.FormatWithWeekday(Local(d), _config.MonthNames, _config.Digits));
        // "3 دقائق", "11 خبراً": `arabic_count n 'minute'` or `arabic_count n 'article'`.
        functions["arabic_count"] = new TemplateFunction<int, string, string>((n, noun) => ArabicCounts.Format(n, noun == "article" ? ArabicCounts.Article : ArabicCounts.Minute, _config.Digits));
        functions["iso_date"] = new TemplateFunction<DateTimeOffset, string>(IsoDate);
        return functions;
    }

    // A title or a name goes through `bidi` on every page that shows it (its own, each list, each related
    // list, the breadcrumbs): its markup is made once per string and kept while the string lives. Made
    // on each call, it was 53 MiB of a clean build's allocations at 10,000 articles.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, RawHtml> Isolated = new();

    private static RawHtml Bidi(string? text) => Isolated.GetValue(text ?? "", static t => new RawHtml(BidiIsolation.ToHtml(t)));

    /// <summary>A date as feeds, <c>&lt;time datetime&gt;</c> and JSON-LD write it: <c>2024-03-21T00:00:00+00:00</c>.</summary>
    public static string IsoDate(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>JSON safe inside a <c>&lt;script&gt;</c> element: what <c>json</c> prints.</summary>
    public static string Json(object? value) => TemplateJson.Write(value, ScriptJson);

    /// <summary>A site-relative path made absolute under the base path: works on a GitHub project sub-path.</summary>
    public string Url(string? path)
    {
        path ??= "";
        if (path.StartsWith("http://", StringComparison.Ordinal) || path.StartsWith("https://", StringComparison.Ordinal) || path.StartsWith('#'))
        {
            return path;
        }
        if (_urls.TryGetValue(path, out var url))
        {
            return url;
        }
        url = _basePath + UrlPath.Encode(path.TrimStart('/'));
        _urls.TryAdd(path, url);
        return url;
    }

    public string AbsoluteUrl(string? path)
    {
        var url = Url(path);
        return url.StartsWith('/') ? _origin + url : url;
    }

    private static TextEncoderSettings ScriptText()
    {
        var settings = new TextEncoderSettings(UnicodeRanges.All);
        settings.ForbidCharacters(BidiControls.Characters.ToCharArray());
        return settings;
    }

    private DateOnly Local(DateTimeOffset d) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(d, _config.Zone).DateTime);
}
