namespace DigestGen.Rendering;

/// <summary>What every page template sees as <c>page</c>; <see cref="Data"/> holds the kind's own model.</summary>
public sealed record PageView
{
    public required string Kind { get; init; }
    public required string Title { get; init; }
    public string Description { get; init; } = "";

    /// <summary>Site-relative path of the page (<c>articles/x/</c>); templates pass it to <c>url</c>.</summary>
    public required string Path { get; init; }
    public string Lang { get; init; } = "ar";
    public string Dir { get; init; } = "rtl";
    public IReadOnlyList<Crumb> Breadcrumbs { get; init; } = [];
    public object? Data { get; init; }
    public bool NoIndex { get; init; }
}

public sealed record Crumb(string Title, string Path);
