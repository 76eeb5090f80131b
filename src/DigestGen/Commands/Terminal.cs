namespace DigestGen.Cli;

/// <summary>
/// Decides what a writer can show: colours and a live progress bar only on a real terminal,
/// never in a pipe, a file, a test's StringWriter, or when NO_COLOR (no-color.org) is set.
/// </summary>
internal static class Terminal
{
    public static bool IsInteractive(TextWriter writer) =>
        (ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected)
        || (ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected);

    public static bool UsesColour(TextWriter writer) =>
        IsInteractive(writer)
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && Environment.GetEnvironmentVariable("TERM") != "dumb";

    public static string Paint(string text, string ansiCode, bool colour) =>
        colour ? $"\u001b[{ansiCode}m{text}\u001b[0m" : text;
}
