using YamlDotNet.RepresentationModel;

namespace DigestGen.Content;

/// <summary>Typed reads of YAML nodes that report wrong types as diagnostics with the node's position.</summary>
internal static class YamlNodes
{
    public static int Line(this YamlNode node, int lineOffset) => (int)node.Start.Line + lineOffset;

    public static int Column(this YamlNode node) => (int)node.Start.Column;

    public static string? AsScalar(this YamlNode node) =>
        node is YamlScalarNode { Value: { } value } ? BidiControls.Strip(TextFile.WithoutXmlInvalidCharacters(value)) : null;

    public static bool IsNull(this YamlNode node) =>
        node is YamlScalarNode s && s.Style == YamlDotNet.Core.ScalarStyle.Plain
        && (string.IsNullOrEmpty(s.Value) || s.Value is "~" or "null" or "Null" or "NULL");
}
