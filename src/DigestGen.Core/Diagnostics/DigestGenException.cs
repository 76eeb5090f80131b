namespace DigestGen.Diagnostics;

/// <summary>Thrown to stop a stage once its diagnostics have been collected.</summary>
public sealed class BuildFailedException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception($"{diagnostics.Count(d => d.IsError)} error(s)")
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
