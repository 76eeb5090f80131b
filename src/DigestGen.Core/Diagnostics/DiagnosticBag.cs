using System.Collections.Concurrent;

namespace DigestGen.Diagnostics;

/// <summary>
/// Collects diagnostics from every stage (and every thread) so a build reports all problems
/// at once, then fails once. Ordered by path, line and column when read, so output is stable
/// whatever order the threads finished in.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            _items.Enqueue(d);
        }
    }

    /// <summary>True when nothing was added, or all of it was moved out.</summary>
    public bool IsEmpty => _items.IsEmpty;

    /// <summary>Moves every diagnostic into <paramref name="target"/>, leaving this bag empty for its next use.</summary>
    public void MoveTo(DiagnosticBag target)
    {
        while (_items.TryDequeue(out var d))
        {
            target.Add(d);
        }
    }

    public bool HasErrors => _items.Any(d => d.IsError);

    public int ErrorCount => _items.Count(d => d.IsError);

    public int WarningCount => _items.Count(d => !d.IsError);

    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.OrderBy(d => d.Path, StringComparer.Ordinal)
              .ThenBy(d => d.Line)
              .ThenBy(d => d.Column)
              .ThenBy(d => d.Message, StringComparer.Ordinal)
              .Distinct()
              .ToList();
}
