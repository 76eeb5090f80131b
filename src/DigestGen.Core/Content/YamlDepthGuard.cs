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

    // Each level of nesting opens with an indicator of its own: '-' or '[' a sequence, ':' '?' or '{' a mapping.
    private static readonly System.Buffers.SearchValues<char> Indicators = System.Buffers.SearchValues.Create("-[:?{");

    /// <summary>Where the nesting first goes deeper than <see cref="MaxDepth"/>, or null.</summary>
    public static Mark? FindTooDeep(string yaml)
    {
        // A front matter has a few dozen indicators: with no more than MaxDepth of them it cannot nest
        // deeper, and is not parsed a second time.
        if (!HasMoreIndicatorsThanMaxDepth(yaml))
        {
            return null;
        }
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

    private static bool HasMoreIndicatorsThanMaxDepth(string yaml)
    {
        var rest = yaml.AsSpan();
        for (var seen = 0; seen <= MaxDepth; seen++)
        {
            var at = rest.IndexOfAny(Indicators);
            if (at < 0)
            {
                return false;
            }
            rest = rest[(at + 1)..];
        }
        return true;
    }
}
