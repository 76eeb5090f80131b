namespace DigestGen.Cli;

/// <summary>
/// Finds the default theme when <c>--templates</c> is left at its default: the project's own
/// <c>templates/</c> when run inside a checkout, else the copy shipped beside the program
/// (the installed .NET tool or the single-file binary), so the tool works in any folder.
/// </summary>
internal static class BundledTheme
{
    public const string DefaultFolder = "templates";

    public static string Resolve(string templatesDirectory)
    {
        if (templatesDirectory != DefaultFolder || Directory.Exists(templatesDirectory))
        {
            return templatesDirectory;
        }
        var bundled = Path.Combine(AppContext.BaseDirectory, DefaultFolder);
        return Directory.Exists(bundled) ? bundled : templatesDirectory;
    }
}
