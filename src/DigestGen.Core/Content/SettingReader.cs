using System.Globalization;
using DigestGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace DigestGen.Content;

/// <summary>Reads typed settings from YAML nodes, reporting a wrong value at its position.</summary>
internal sealed class SettingReader(string path, int lineOffset, DiagnosticBag diagnostics)
{
    public string Path => path;

    public void Error(YamlNode node, string message, string? hint = null) =>
        diagnostics.Add(Diagnostic.Error(path, node.Line(lineOffset), node.Column(), message, hint));

    public void Warning(YamlNode node, string message, string? hint = null) =>
        diagnostics.Add(Diagnostic.Warning(path, node.Line(lineOffset), node.Column(), message, hint));

    public string? String(YamlNode node)
    {
        if (node.IsNull())
        {
            return null;
        }
        if (node is YamlScalarNode)
        {
            return node.AsScalar();
        }
        Error(node, "expected text here, found a " + Describe(node), "write the value on one line, quoted if it contains ':' or starts with a quote");
        return null;
    }

    public IReadOnlyList<string> StringList(YamlNode node)
    {
        if (node.IsNull())
        {
            return [];
        }
        if (node is YamlScalarNode s)
        {
            // "tags: الصين" is a common shorthand for a one-item list.
            if (s.Style == YamlDotNet.Core.ScalarStyle.Plain && IsNumberOrBool(s.Value))
            {
                Error(node, $"expected a list of text, found the {Describe(node)} '{s.Value}'", "write it as a list: [\"" + s.Value + "\"]");
                return [];
            }
            return [node.AsScalar() ?? ""];
        }
        if (node is not YamlSequenceNode seq)
        {
            Error(node, "expected a list of text, found a " + Describe(node), "write it as [a, b] or as lines starting with '- '");
            return [];
        }
        var items = new List<string>();
        foreach (var item in seq.Children)
        {
            if (String(item) is { } value && value.Trim().Length > 0)
            {
                items.Add(value.Trim());
            }
        }
        return items;
    }

    public string? Url(YamlNode node)
    {
        var value = String(node)?.Trim();
        if (value is null || value.Length == 0)
        {
            return null;
        }
        if (value.StartsWith('/') || (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            return value;
        }
        Error(node, $"'{value}' is not an http(s) URL", "write a full address such as https://user.github.io/repo/");
        return null;
    }

    public string? TimeZone(YamlNode node)
    {
        var value = String(node)?.Trim();
        if (value is null)
        {
            return null;
        }
        if (TimeZoneInfo.TryFindSystemTimeZoneById(value, out _))
        {
            return value;
        }
        Error(node, $"unknown time zone '{value}'", "use an IANA name such as Asia/Beirut or UTC");
        return null;
    }

    public int? Int(YamlNode node, int min, int max)
    {
        var value = String(node);
        if (value is null)
        {
            return null;
        }
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }
        Error(node, $"expected a whole number from {min} to {max}, found '{value}'");
        return null;
    }

    public bool? Bool(YamlNode node)
    {
        var value = String(node)?.Trim().ToLowerInvariant();
        switch (value)
        {
            case null: return null;
            case "true" or "yes" or "on": return true;
            case "false" or "no" or "off": return false;
            default:
                Error(node, $"expected true or false, found '{value}'");
                return null;
        }
    }

    public string? OneOf(YamlNode node, params string[] choices)
    {
        var value = String(node)?.Trim().ToLowerInvariant();
        if (value is null || choices.Contains(value))
        {
            return value;
        }
        Error(node, $"'{value}' is not one of: {string.Join(", ", choices)}", Suggestions.DidYouMean(value, choices));
        return null;
    }

    public TEnum Choice<TEnum>(YamlNode node, TEnum fallback) where TEnum : struct, Enum
    {
        var names = Enum.GetNames<TEnum>().Select(n => n.ToLowerInvariant()).ToArray();
        var value = OneOf(node, names);
        return value is null ? fallback : Enum.Parse<TEnum>(value, ignoreCase: true);
    }

    public T Unknown<T>(YamlNode keyNode, string key, IReadOnlyList<string> known, T unchanged)
    {
        Warning(keyNode, $"unknown key '{key}' is ignored", Suggestions.DidYouMean(key, known));
        return unchanged;
    }

    private static bool IsNumberOrBool(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) || value is "true" or "false";

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "mapping",
        YamlScalarNode s when IsNumberOrBool(s.Value) => "number",
        _ => "value",
    };
}
