using DigestGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace DigestGen.Content;

/// <summary>Reads <c>digest.yml</c>. A missing file gives the defaults; unknown keys are warnings.</summary>
public static class ConfigLoader
{
    private static readonly string[] Keys =
    [
        "title", "description", "base_url", "language", "timezone", "author", "month_names", "digits",
        "slugs", "quotes", "page_size", "related_count", "feed_items", "feed_content", "unsafe_html",
        "link_all_mentions", "drafts_by_default",
    ];

    public static DigestConfig Load(string contentDirectory, DiagnosticBag diagnostics)
    {
        var path = ContentLoader.DisplayPath(Path.Combine(contentDirectory, "digest.yml"));
        if (!File.Exists(path))
        {
            return new DigestConfig();
        }
        var text = TextFile.Read(path, diagnostics);
        if (text is null)
        {
            return new DigestConfig();
        }
        var root = YamlLoader.Load(path, text, 0, "digest.yml", diagnostics);
        if (root is null)
        {
            return new DigestConfig();
        }
        if (root is not YamlMappingNode map)
        {
            diagnostics.Add(Diagnostic.Error(path, 1, 1, "digest.yml must be a mapping of settings", "write `title: …` on its own line"));
            return new DigestConfig();
        }
        return Read(map, new SettingReader(path, 0, diagnostics));
    }

    private static DigestConfig Read(YamlMappingNode map, SettingReader r)
    {
        var config = new DigestConfig();
        foreach (var (keyNode, value) in map.Children)
        {
            var key = keyNode.AsScalar() ?? "";
            config = key switch
            {
                "title" => config with { Title = r.String(value) ?? config.Title },
                "description" => config with { Description = r.String(value) ?? "" },
                "base_url" => config with { BaseUrl = r.Url(value) ?? config.BaseUrl },
                "language" => config with { Language = r.String(value) ?? config.Language },
                "timezone" => config with { TimeZone = r.TimeZone(value) ?? config.TimeZone },
                "author" => config with { Author = r.String(value) },
                "month_names" => config with { MonthNames = r.Choice(value, config.MonthNames) },
                "digits" => config with { Digits = r.Choice(value, config.Digits) },
                "slugs" => config with { TransliterateSlugs = r.OneOf(value, "arabic", "transliterate") == "transliterate" },
                "quotes" => config with { Quotes = r.Choice(value, config.Quotes) },
                "page_size" => config with { PageSize = r.Int(value, 1, 1000) ?? config.PageSize },
                "related_count" => config with { RelatedCount = r.Int(value, 0, 50) ?? config.RelatedCount },
                "feed_items" => config with { FeedItems = r.Int(value, 1, 10000) ?? config.FeedItems },
                "feed_content" => config with { FeedFullContent = r.OneOf(value, "full", "summary") != "summary" },
                "unsafe_html" => config with { UnsafeHtml = r.Bool(value) ?? false },
                "link_all_mentions" => config with { LinkAllMentions = r.Bool(value) ?? false },
                "drafts_by_default" => config with { DraftsByDefault = r.Bool(value) ?? true },
                _ => r.Unknown(keyNode, key, Keys, config),
            };
        }
        return config;
    }
}
