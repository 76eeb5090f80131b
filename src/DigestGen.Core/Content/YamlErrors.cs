using YamlDotNet.Core;

namespace DigestGen.Content;

internal static class YamlErrors
{
    /// <summary>
    /// YamlDotNet's scanner throws these instead of a <see cref="YamlException"/> on some malformed
    /// input (found by fuzzing: a plain scalar in a flow mapping running into U+FFFF); a library
    /// bug, but the user's problem is still bad YAML, so it must become a diagnostic.
    /// </summary>
    public static bool IsReaderFailure(Exception e) => e is InvalidOperationException or ArgumentException or FormatException or OverflowException;

    /// <summary>YamlDotNet prefixes messages with its own position; ours comes from the diagnostic.</summary>
    public static string Describe(YamlException e)
    {
        var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
        var paren = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith('(') && paren > 0)
        {
            message = message[(paren + 3)..];
        }
        return message.TrimEnd('.');
    }
}
