using System.Reflection;

namespace DigestGen.Serving;

/// <summary>The browser side of live reload, shipped inside the program rather than the theme.</summary>
public static class LiveReloadScript
{
    public static string Text { get; } = Read("livereload.js");

    /// <summary>What serve answers before the first good build: the script, which shows the errors.</summary>
    public static string WaitingPage { get; } =
        "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>DigestGen serve</title></head>\n"
        + "<body><p>لم يُبنَ الموقع بعد: صحّح الأخطاء وسيُعاد تحميل الصفحة تلقائياً.</p>\n"
        + $"<script src=\"{DevServer.ScriptPath}\" data-events=\"{DevServer.EventsPath}\"></script></body></html>\n";

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("DigestGen.Serving." + name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
