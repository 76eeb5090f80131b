namespace DigestGen.Diagnostics;

/// <summary>
/// One user-facing problem, printed as <c>path(line,col): error: message</c> (Scriban's and
/// MSBuild's format, so editors and CI annotate the right line). Line and column are 1-based;
/// 0 means "the whole file".
/// </summary>
public sealed record Diagnostic(string Path, int Line, int Column, Severity Severity, string Message, string? Hint = null)
{
    public static Diagnostic Error(string path, int line, int column, string message, string? hint = null) =>
        new(path, line, column, Severity.Error, message, hint);

    public static Diagnostic Warning(string path, int line, int column, string message, string? hint = null) =>
        new(path, line, column, Severity.Warning, message, hint);

    public bool IsError => Severity == Severity.Error;

    public override string ToString()
    {
        var where = Line > 0 ? $"{Path}({Line},{Math.Max(Column, 1)})" : Path;
        var kind = Severity == Severity.Error ? "error" : "warning";
        return Hint is null ? $"{where}: {kind}: {Message}" : $"{where}: {kind}: {Message} ({Hint})";
    }
}
