using System.Collections.Concurrent;

namespace DigestGen.Checking;

/// <summary>
/// Decides whether a reference on a built page resolves inside the output folder, the way a
/// static host serving it under the base path would: relative URLs against the page's own
/// URL, percent-encoded (Arabic) segments decoded, folders served by their <c>index.html</c>,
/// and <c>#anchors</c> against the target page's ids. Other hosts are not fetched.
/// </summary>
/// <remarks>
/// A URL from the root (<c>/digest/…</c>) or with a scheme means the same on every page, and a site
/// repeats the same few thousand of them on every page (its stylesheet, its sections, each article on
/// every list that shows it): such a URL is resolved once and its outcome reused, and a page's own URL
/// is made once for all its references. At 10,000 articles that is 2.7 million references.
/// </remarks>
public sealed class LinkResolver
{
    // A stand-in host: resolving with System.Uri needs an absolute base, and it never leaves this class.
    private const string Local = "http://digestgen.local";
    private static readonly string[] SkippedSchemes = ["mailto:", "tel:", "data:", "javascript:", "blob:"];

    // What may follow a scheme's first letter (RFC 3986).
    private static readonly System.Buffers.SearchValues<char> SchemeCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.");

    private readonly string _basePath;
    private readonly string _origin;
    private readonly IReadOnlySet<string> _files;
    private readonly IReadOnlyDictionary<string, PageScan> _pages;
    private readonly ConcurrentDictionary<string, Outcome> _sameOnEveryPage = new(StringComparer.Ordinal);

    public LinkResolver(string basePath, string origin, IReadOnlySet<string> files, IReadOnlyDictionary<string, PageScan> pages)
    {
        _basePath = basePath;
        _origin = origin.TrimEnd('/');
        _files = files;
        _pages = pages;
    }

    /// <summary>Why <paramref name="reference"/> on <paramref name="page"/> does not resolve, or null when it does.</summary>
    public LinkProblem? Problem(PageScan page, PageReference reference) => Problem(new PageUrl(this, page), reference);

    /// <summary>Every reference of <paramref name="page"/> that does not resolve, with why, in the page's order.</summary>
    public IEnumerable<(PageReference Reference, LinkProblem Problem)> Problems(PageScan page)
    {
        var url = new PageUrl(this, page);
        foreach (var reference in page.References)
        {
            if (Problem(url, reference) is { } problem)
            {
                yield return (reference, problem);
            }
        }
    }

    private LinkProblem? Problem(PageUrl page, PageReference reference)
    {
        var url = reference.Url;
        var outcome = IsSameOnEveryPage(url)
            ? _sameOnEveryPage.GetOrAdd(url, static (u, page) => page.Resolver.Resolve(page, u), page)
            : Resolve(page, url);
        return outcome.Suffix is { } suffix ? new LinkProblem($"{reference.Kind} \"{url}\"{suffix}", outcome.Hint) : null;
    }

    /// <summary>What a reference to <paramref name="url"/> on the page comes to: nothing (it resolves), or the end of the message saying why not.</summary>
    private Outcome Resolve(PageUrl page, string url)
    {
        if (!TryLocal(page, url, out var target))
        {
            return new(" is not a valid URL", null);
        }
        if (target is null)
        {
            return Outcome.Resolves;
        }
        var path = Uri.UnescapeDataString(target.AbsolutePath);
        if (!path.StartsWith(_basePath, StringComparison.Ordinal))
        {
            return new($" points outside the base path {_basePath}", "was the site built with another --base-url? pass the same one to check");
        }
        var relative = path[_basePath.Length..];
        if (FileFor(relative) is not { } file)
        {
            var missing = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
            return new($" does not resolve: the site has no {missing}", null);
        }
        var fragment = target.Fragment.Length > 1 ? Uri.UnescapeDataString(target.Fragment[1..]) : "";
        if (fragment.Length > 0 && fragment != "top" && _pages.TryGetValue(file, out var targetPage) && !targetPage.Ids.Contains(fragment))
        {
            return new($" points at #{fragment}, but {file} has no element with that id", null);
        }
        return Outcome.Resolves;
    }

    /// <summary>The reference as a URL on the local stand-in host; null when it is not ours to check (another host, mailto:…).</summary>
    private bool TryLocal(PageUrl page, string url, out Uri? local)
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
        if (!Uri.TryCreate(page.Value, url, out var resolved))
        {
            return false;
        }
        local = resolved.GetLeftPart(UriPartial.Authority).Equals(Local, StringComparison.OrdinalIgnoreCase) ? resolved : null;
        return true;
    }

    /// <summary>
    /// True when <paramref name="url"/> resolves to the same target from any page: it starts at the root
    /// (<c>/x</c>, <c>//host/x</c>) or names its scheme (<c>https:</c>, <c>mailto:</c>). A relative path or a
    /// bare <c>#anchor</c> depends on the page it is on.
    /// </summary>
    private static bool IsSameOnEveryPage(string url)
    {
        if (url.StartsWith('/'))
        {
            return true;
        }
        var scheme = url.AsSpan(0, Math.Max(0, url.AsSpan().IndexOfAny(":/?#")));
        return scheme.Length > 0 && url[scheme.Length] == ':' && char.IsAsciiLetter(scheme[0])
            && !scheme.ContainsAnyExcept(SchemeCharacters);
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

    /// <summary>Why a URL does not resolve, as the end of the message after the quoted URL; no suffix when it resolves.</summary>
    private sealed record Outcome(string? Suffix, string? Hint)
    {
        public static readonly Outcome Resolves = new(null, null);
    }

    /// <summary>A page's own URL on the stand-in host, made when one of its references first needs it.</summary>
    private sealed class PageUrl(LinkResolver resolver, PageScan page)
    {
        private Uri? _value;

        public LinkResolver Resolver => resolver;

        public Uri Value => _value ??= new Uri(Local + resolver._basePath + Uri.EscapeDataString(page.RelativePath).Replace("%2F", "/", StringComparison.Ordinal));
    }
}
