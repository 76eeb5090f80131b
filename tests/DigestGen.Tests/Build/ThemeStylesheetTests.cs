using System.Text.RegularExpressions;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Build;

/// <summary>The theme's CSS is written for right to left and left to right alike: logical properties only.</summary>
public sealed partial class ThemeStylesheetTests
{
    [GeneratedRegex(@"(?<![\w-])(margin-(left|right)|padding-(left|right)|border-(left|right)[\w-]*|(left|right)\s*:|float\s*:\s*(left|right)|text-align\s*:\s*(left|right)|border-(top|bottom)-(left|right)-radius)", RegexOptions.IgnoreCase)]
    private static partial Regex PhysicalProperty();

    [Fact]
    public void UsesOnlyLogicalProperties()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(RepoPaths.Templates, "assets"), "*.css", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, i)))
            .Where(x => PhysicalProperty().IsMatch(Regex.Replace(x.line, @"/\*.*?\*/", "")))
            .Select(x => $"{Path.GetFileName(x.file)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }
}
