using DigestGen.Diagnostics;

namespace DigestGen.Cli;

internal static class DiagnosticPrinter
{
    private const string Red = "31;1";
    private const string Yellow = "33;1";
    private const string Dim = "2";

    /// <summary>Prints errors and warnings, one per line, then a count; returns the exit code.</summary>
    public static int Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter error, bool quiet = false, bool summary = true)
    {
        var colour = Terminal.UsesColour(error);
        foreach (var d in diagnostics.Where(d => d.IsError || !quiet))
        {
            error.WriteLine(colour ? Coloured(d) : d.ToString());
        }
        var errors = diagnostics.Count(d => d.IsError);
        if (errors > 0 && summary)
        {
            var line = $"{errors} error(s), {diagnostics.Count - errors} warning(s): nothing was written; the previous output is unchanged.";
            error.WriteLine(Terminal.Paint(line, Red, colour));
        }
        return errors > 0 ? CommandLine.ContentErrors : CommandLine.Ok;
    }

    /// <summary>The same text as <see cref="Diagnostic.ToString"/>, with the kind and the hint set off.</summary>
    private static string Coloured(Diagnostic d)
    {
        var where = d.Line > 0 ? $"{d.Path}({d.Line},{Math.Max(d.Column, 1)})" : d.Path;
        var kind = d.IsError ? Terminal.Paint("error", Red, true) : Terminal.Paint("warning", Yellow, true);
        var hint = d.Hint is null ? "" : " " + Terminal.Paint($"({d.Hint})", Dim, true);
        return $"{where}: {kind}: {d.Message}{hint}";
    }
}
