using DigestGen.Build;

namespace DigestGen.Serving;

/// <summary>What <c>serve</c> was asked for: the build settings it reuses and where to listen.</summary>
public sealed record ServeSettings
{
    /// <summary>Content, templates, drafts and future; the output folder and base URL are serve's own.</summary>
    public required BuildOptions Build { get; init; }

    /// <summary>0 asks the system for a free port (tests do this).</summary>
    public int Port { get; init; } = 8080;

    public bool Quiet { get; init; }

    /// <summary>After each rebuild in place, the time of each step of writing the feeds, data files and search index.</summary>
    public bool Verbose { get; init; }

    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Where serve builds its two sites in turn; a new folder in the temp directory unless given (tests give one).</summary>
    public string? WorkFolder { get; init; }
}
