using DigestGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DigestGen.Content;

/// <summary>
/// Loads a YAML document for reading with positions. Malformed input never escapes as an
/// exception: YamlDotNet reports most problems as <see cref="YamlException"/> but a few (an
/// unclosed flow sequence) as <see cref="InvalidOperationException"/>; both become diagnostics.
/// Nesting deeper than <see cref="YamlDepthGuard.MaxDepth"/> is refused before the tree is built,
/// because building it recurses and 100,000 '[' would overflow the stack.
/// </summary>
public static class YamlLoader
{
    /// <summary>The root node, or null (empty document or a reported error).</summary>
    public static YamlNode? Load(string path, string text, int lineOffset, string what, DiagnosticBag diagnostics) =>
        Load(path, text, lineOffset, what, diagnostics, out _);

    /// <summary>As above; <paramref name="reported"/> says whether this call added an error (the bag is shared by every file).</summary>
    public static YamlNode? Load(string path, string text, int lineOffset, string what, DiagnosticBag diagnostics, out bool reported)
    {
        var roots = LoadAll(path, text, lineOffset, what, diagnostics);
        reported = roots is null;
        return roots is null || roots.Count == 0 || roots[0].IsNull() ? null : roots[0];
    }

    /// <summary>The root of every document in the text (a gazetteer file may hold several), or null after reporting why.</summary>
    public static IReadOnlyList<YamlNode>? LoadAll(string path, string text, int lineOffset, string what, DiagnosticBag diagnostics)
    {
        try
        {
            if (FlatYaml.TryParse(text) is { } flat)
            {
                var read = new YamlStream();
                read.Load(flat);
                return read.Documents.Select(d => d.RootNode).ToList();
            }
            if (YamlDepthGuard.FindTooDeep(text) is { } deep)
            {
                diagnostics.Add(Diagnostic.Error(path, (int)deep.Line + lineOffset, (int)deep.Column,
                    $"{what} is nested more than {YamlDepthGuard.MaxDepth} levels deep", "keep to flat keys and short lists"));
                return null;
            }
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Select(d => d.RootNode).ToList();
        }
        catch (YamlException e)
        {
            diagnostics.Add(Diagnostic.Error(path, (int)e.Start.Line + lineOffset, (int)e.Start.Column,
                $"invalid YAML in {what}: {YamlErrors.Describe(e)}", "quote values that contain ':' or start with a quote or bracket"));
        }
        catch (InvalidOperationException)
        {
            diagnostics.Add(Diagnostic.Error(path, 1 + lineOffset, 1,
                $"invalid YAML in {what}: a list or mapping is not closed", "check that every '[' has its ']' and every '{' its '}'"));
        }
        catch (Exception e) when (YamlErrors.IsReaderFailure(e))
        {
            diagnostics.Add(Diagnostic.Error(path, 1 + lineOffset, 1,
                $"invalid YAML in {what}: the YAML reader cannot parse it", "quote values that contain ':', control or unusual characters"));
        }
        return null;
    }
}
