using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DigestGen.Content;

/// <summary>
/// YamlDotNet builds its node tree recursively, so a front matter of 100,000 nested '[' overflows
/// the stack and kills the process. Its event parser is iterative: walking the events first and
/// refusing deep nesting keeps hostile YAML a diagnostic, not a crash. Aliases are not expanded
/// (the tree shares the anchored node), so a billion-laughs document stays small.
/// </summary>
internal static class YamlDepthGuard
{
    public const int MaxDepth = 64;

    /// <summary>Where the nesting first goes deeper than <see cref="MaxDepth"/>, or null.</summary>
    public static Mark? FindTooDeep(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case SequenceStart or MappingStart:
                    if (++depth > MaxDepth)
                    {
                        return parser.Current.Start;
                    }
                    break;
                case SequenceEnd or MappingEnd:
                    depth--;
                    break;
            }
        }
        return null;
    }
}
