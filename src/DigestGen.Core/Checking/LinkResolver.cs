namespace DigestGen.Checking;

/// <summary>
/// Decides whether a reference on a built page resolves inside the output folder, the way a
/// static host serving it under the base path would: relative URLs against the page's own
/// URL, percent-encoded (Arabic) segments decoded, folders served by their <c>index.html</c>,
/// and <c>#anchors</c> against the target page's ids. Other hosts are not fetched.
/// </summary>
public sealed class LinkResolver
{
    // A stand-in host: resolving with System.Uri needs an absolute base, and it never leaves this class.
    private const string Local = "http://digestgen.local";
    private static readonly string[] SkippedSchemes = ["mailto:", "tel:", "data:", "javascript:", "blob:"];

    private readonly string _basePath;
    private readonly string _origin;
    private readonly IReadOnlySet<string> _files;
    private readonly IReadOnlyDictionary<string, PageScan> _pages;

    public LinkResolver(string basePath, string origin, IReadOnlySet<string> files, IReadOnlyDictionary<string, PageScan> pages)
    {
        _basePath = basePath;
        _origin = origin.TrimEnd('/');
        _files = files;
        _pages = pages;
    }

    /// <summary>Why <paramref name="reference"/> on <paramref name="page"/> does not resolve, or null when it does.</summary>
    public LinkProblem? Problem(PageScan page, PageReference reference)
    {
        if (!TryLocal(page, reference.Url, out var target))
        {
            return new($"{reference.Kind} \"{reference.Url}\" is not a valid URL", null);
        }
        if (target is null)
        {
            return null;
        }
        var path = Uri.UnescapeDataString(target.AbsolutePath);
        if (!path.StartsWith(_basePath, StringComparison.Ordinal))
        {
            return new($"{reference.Kind} \"{reference.Url}\" points outside the base path {_basePath}",
                "was the site built with another --base-url? pass the same one to check");
        }
        var relative = path[_basePath.Length..];
        if (FileFor(relative) is not { } file)
        {
            var missing = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
            return new($"{reference.Kind} \"{reference.Url}\" does not resolve: the site has no {missing}", null);
        }
        var fragment = target.Fragment.Length > 1 ? Uri.UnescapeDataString(target.Fragment[1..]) : "";
        if (fragment.Length > 0 && fragment != "top" && _pages.TryGetValue(file, out var targetPage) && !targetPage.Ids.Contains(fragment))
        {
            return new($"{reference.Kind} \"{reference.Url}\" points at #{fragment}, but {file} has no element with that id", null);
        }
        return null;
    }

    /// <summary>The reference as a URL on the local stand-in host; null when it is not ours to check (another host, mailto:…).</summary>
    private bool TryLocal(PageScan page, string url, out Uri? local)
    {
        local = null;
        if (url.Length == 0 || SkippedSchemes.Any(s => url.StartsWith(s, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }
        if (_origin.Length > 0 && (url.StartsWith(_origin + "/", StringComparison.OrdinalIgnoreCase) || url.Equals(_origin, StringComparison.OrdinalIgnoreCase)))
        {
            url = Local + url[_origin.Length..];
        }
        var pageUrl = new Uri(Local + _basePath + Uri.EscapeDataString(page.RelativePath).Replace("%2F", "/", StringComparison.Ordinal));
        if (!Uri.TryCreate(pageUrl, url, out var resolved))
        {
            return false;
        }
        local = resolved.GetLeftPart(UriPartial.Authority).Equals(Local, StringComparison.OrdinalIgnoreCase) ? resolved : null;
        return true;
    }

    /// <summary>The output file a site path is served from: <c>x/</c> by <c>x/index.html</c>, <c>x</c> by <c>x</c> or <c>x/index.html</c>.</summary>
    private string? FileFor(string relative)
    {
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            return _files.Contains(relative + "index.html") ? relative + "index.html" : null;
        }
        if (_files.Contains(relative))
        {
            return relative;
        }
        return _files.Contains(relative + "/index.html") ? relative + "/index.html" : null;
    }
}
