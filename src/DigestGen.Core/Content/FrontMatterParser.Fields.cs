using System.Globalization;
using DigestGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace DigestGen.Content;

public sealed partial class FrontMatterParser
{
    private FrontMatter? Read(YamlMappingNode map, SettingReader r, DiagnosticBag diagnostics)
    {
        string? title = null;
        DateTimeOffset? date = null;
        var meta = new FrontMatter { Title = "", Date = default };
        string? sourceUrl = null;
        foreach (var (keyNode, value) in map.Children)
        {
            var key = keyNode.AsScalar() ?? "";
            switch (key)
            {
                case "title": title = r.String(value)?.Trim(); if (title is "") { r.Error(value, "title is empty", "write the article's headline"); title = null; } else if (title is null && value.IsNull()) { r.Error(value, "title is empty", "write the article's headline"); } break;
                case "date": date = ReadDate(value, r); break;
                case "updated": meta = meta with { Updated = ReadDate(value, r) }; break;
                case "slug": meta = meta with { Slug = ReadSlug(value, r) }; break;
                case "summary": meta = meta with { Summary = r.String(value) }; break;
                case "note": meta = meta with { Note = r.String(value) }; break;
                case "tags": meta = meta with { Tags = r.StringList(value).Distinct().ToList() }; break;
                case "source": meta = meta with { Source = ReadSource(value, r) }; break;
                case "source_url": sourceUrl = ReadLinkUrl(value, r); break;
                case "author": meta = meta with { Author = r.String(value) }; break;
                case "lang": meta = meta with { Lang = r.String(value)?.Trim() }; break;
                case "draft": meta = meta with { Draft = r.Bool(value) ?? false }; break;
                case "entities": meta = meta with { Entities = r.StringList(value) }; break;
                case "ignore_entities": meta = meta with { IgnoreEntities = r.StringList(value) }; break;
                default: r.Unknown(keyNode, key, Keys, 0); break;
            }
        }
        if (!map.Children.ContainsKey("title"))
        {
            diagnostics.Add(Diagnostic.Error(r.Path, 1, 1, "missing required key 'title'", "add 'title: …' to the front matter"));
        }
        if (!map.Children.ContainsKey("date"))
        {
            diagnostics.Add(Diagnostic.Error(r.Path, 1, 1, "missing required key 'date'", "add 'date: YYYY-MM-DD' to the front matter"));
        }
        if (sourceUrl is not null)
        {
            meta = meta with { Source = new ArticleSource(meta.Source?.Name ?? HostOf(sourceUrl), sourceUrl) };
        }
        return title is null || date is null ? null : meta with { Title = title, Date = date.Value };
    }

    private DateTimeOffset? ReadDate(YamlNode node, SettingReader r)
    {
        var text = r.String(node)?.Trim();
        if (text is null)
        {
            r.Error(node, "date is empty", "write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+03:00");
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return AtZone(day.ToDateTime(TimeOnly.MinValue));
        }
        string[] local = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];
        if (DateTime.TryParseExact(text, local, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt))
        {
            return AtZone(dt);
        }
        if (text.Length > 10 && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset)
            && (text.EndsWith('Z') || text[^6] is '+' or '-'))
        {
            return withOffset;
        }
        r.Error(node, $"'{text}' is not a date", "write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+03:00");
        return null;
    }

    /// <summary>A date without an offset means the digest's own time zone, not the build machine's.</summary>
    private DateTimeOffset AtZone(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, config.Zone.GetUtcOffset(unspecified));
    }

    private static string? ReadSlug(YamlNode node, SettingReader r)
    {
        var slug = r.String(node)?.Trim();
        if (slug is null)
        {
            return null;
        }
        if (!SlugRules.IsSafe(slug))
        {
            r.Error(node, $"slug '{slug}' cannot be used in a URL", "use letters, digits and '-' only, with no '/', '..' or reserved name, at most 200 letters or about 120 Arabic ones");
            return null;
        }
        return slug;
    }

    private static ArticleSource? ReadSource(YamlNode node, SettingReader r)
    {
        if (node is YamlMappingNode map)
        {
            string? name = null, url = null;
            foreach (var (k, v) in map.Children)
            {
                switch (k.AsScalar())
                {
                    case "name": name = r.String(v); break;
                    case "url": url = ReadLinkUrl(v, r); break;
                    default: r.Unknown(k, k.AsScalar() ?? "", ["name", "url"], 0); break;
                }
            }
            return name is null && url is null ? null : new ArticleSource(name ?? HostOf(url!), url);
        }
        var text = r.String(node);
        return string.IsNullOrWhiteSpace(text) ? null : new ArticleSource(text.Trim(), null);
    }

    /// <summary>Only http(s) links reach a page: a javascript: URL from content is never emitted.</summary>
    private static string? ReadLinkUrl(YamlNode node, SettingReader r)
    {
        var text = r.String(node)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return uri.AbsoluteUri;
        }
        r.Error(node, $"'{text}' is not an http(s) URL", "write the full address of the source, starting with https://");
        return null;
    }

    private static string HostOf(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : url;
}
