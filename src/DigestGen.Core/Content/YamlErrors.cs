using YamlDotNet.Core;

namespace DigestGen.Content;

internal static class YamlErrors
{
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
