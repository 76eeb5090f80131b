using DigestGen.Diagnostics;

namespace DigestGen.Caching;

/// <summary>
/// What the last successful build left in the cache: the key of every input it read, a stamp of
/// the site it committed, what it reported, and the fingerprint of every page it rendered.
/// </summary>
public sealed record BuildState
{
    /// <summary>Raised when what is recorded changes meaning: a state of another format is not read (a file without it reads as 0).</summary>
    public const int CurrentFormat = 2;

    public int Format { get; init; }

    public required string InputKey { get; init; }
    public required string PageKey { get; init; }
    public required string OutputDirectory { get; init; }
    public string? OutputStamp { get; init; }

    /// <summary>The earliest scheduled article left out; once it is due, the site must be rebuilt.</summary>
    public DateTimeOffset? NextScheduled { get; init; }

    public IReadOnlyList<Diagnostic> Warnings { get; init; } = [];

    /// <summary>The articles the build left out (drafts, scheduled), as <c>check</c> lists them; null in a state written before it was kept.</summary>
    public IReadOnlyList<string>? Unpublished { get; init; }
    public int Articles { get; init; }
    public int Entities { get; init; }
    public int Pages { get; init; }

    /// <summary>The content files' stats and digests, so that the next build reads only the files that changed.</summary>
    public ContentIndex? Index { get; init; }

    /// <summary>Output path → fingerprint of what was rendered there.</summary>
    public IReadOnlyDictionary<string, string> PageFingerprints { get; init; } = new Dictionary<string, string>();
}
