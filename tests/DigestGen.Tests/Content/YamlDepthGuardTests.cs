using DigestGen.Content;

namespace DigestGen.Tests.Content;

public sealed class YamlDepthGuardTests
{
    [Theory]
    [InlineData(63, false)]
    [InlineData(64, true)]
    public void CompactBlockSequencesCountEveryLevel(int levels, bool tooDeep)
    {
        // "- - - x": one dash a level, on one line, under the mapping's level.
        var yaml = "tags:\n  " + string.Concat(Enumerable.Repeat("- ", levels)) + "x\n";

        Assert.Equal(tooDeep, YamlDepthGuard.FindTooDeep(yaml) is not null);
    }

    [Theory]
    [InlineData(63, false)]
    [InlineData(64, true)]
    public void FlowCollectionsInsideAMappingCountEveryLevel(int brackets, bool tooDeep)
    {
        // The mapping is one level, each bracket one more.
        var yaml = "tags: " + new string('[', brackets) + new string(']', brackets) + "\n";

        Assert.Equal(tooDeep, YamlDepthGuard.FindTooDeep(yaml) is not null);
    }

    [Fact]
    public void ManyIndicatorsAtOneLevelAreNotNesting()
    {
        var yaml = "title: \"عنوان: مع نقطتين - وشرطة\"\ndate: 2025-03-01T10:00:00+03:00\ntags:\n"
            + string.Concat(Enumerable.Range(0, 200).Select(i => $"  - وسم-{i}\n"));

        Assert.Null(YamlDepthGuard.FindTooDeep(yaml));
    }

    [Fact]
    public void ReportsWhereTheNestingGoesTooDeep()
    {
        var yaml = "title: خبر\ntags: " + new string('[', 100) + new string(']', 100) + "\n";

        var deep = YamlDepthGuard.FindTooDeep(yaml);

        Assert.NotNull(deep);
        Assert.Equal(2, deep.Value.Line);
        Assert.Equal(70, deep.Value.Column);
    }
}
