namespace DigestGen.Build;

public sealed record BuildOptions
{
    public string ContentDirectory { get; init; } = "content";
    public string TemplatesDirectory { get; init; } = "templates";
    public string OutputDirectory { get; init; } = "site";
    public string? BaseUrl { get; init; }
    public bool IncludeDrafts { get; init; }
    public bool IncludeFuture { get; init; }
    public bool NoCache { get; init; }

    /// <summary>Set by <c>serve</c>: pages get the live-reload script.</summary>
    public bool LiveReload { get; init; }

    /// <summary>Set by <c>serve</c>: the build keeps its model and page plan (<see cref="SiteBuilder.Snapshot"/>) for live rebuilds.</summary>
    public bool KeepSnapshot { get; init; }

    /// <summary>"Now" for deciding what is scheduled; fixed in tests so output is reproducible.</summary>
    public DateTimeOffset? Now { get; init; }
}
