using DigestGen.Diagnostics;

namespace DigestGen.Cli;

internal static class DiagnosticPrinter
{
    /// <summary>Prints errors and warnings, one per line, then a count; returns the exit code.</summary>
    public static int Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter error, bool quiet = false)
    {
        foreach (var d in diagnostics.Where(d => d.IsError || !quiet))
        {
            error.WriteLine(d.ToString());
        }
        var errors = diagnostics.Count(d => d.IsError);
        if (errors > 0)
        {
            error.WriteLine($"{errors} error(s), {diagnostics.Count - errors} warning(s): nothing was written; the previous output is unchanged.");
            return CommandLine.ContentErrors;
        }
        return CommandLine.Ok;
    }
}
