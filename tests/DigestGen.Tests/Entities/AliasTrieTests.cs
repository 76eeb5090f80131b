using DigestGen.Arabic;
using DigestGen.Entities.Matching;

namespace DigestGen.Tests.Entities;

/// <summary>The name trie's first-word filter may only ever skip words that start no name, however full it is.</summary>
public sealed class AliasTrieTests
{
    private static readonly string[][] Names =
    [
        ["علي", "بابا"], ["الصين"], ["بكين"], ["شي", "جين", "بينغ"], ["qwen3"], ["ديبسيك"], ["أوبن", "إيه", "آي"],
        ["إيدي", "وو"], ["هانغتشو"], ["مايكروسوفت"], ["كيوين"], ["جاك", "ما"], ["الرياض"], ["دبي"],
    ];

    [Theory]
    [InlineData(16)] // the gazetteer's
    [InlineData(10)] // one article's
    [InlineData(6)]  // a single word of filter, saturated by these names
    public void FindsEveryNameWhateverTheFilterSize(int bits)
    {
        var trie = new AliasTrie(bits);
        for (var n = 0; n < Names.Length; n++)
        {
            Assert.True(trie.Add(Names[n], n));
        }

        for (var n = 0; n < Names.Length; n++)
        {
            var node = AliasTrie.Root;
            foreach (var word in Names[n])
            {
                node = trie.Step(node, word);
            }

            Assert.Equal(n, trie.Payload(node));
        }
    }

    [Fact]
    public void StartsNothingAtWordsThatStartNoName()
    {
        var trie = new AliasTrie();
        trie.Add(["علي", "بابا"], 0);
        trie.Add(["الصين"], 1);

        Assert.Equal(-1, trie.Step(AliasTrie.Root, "بابا"));
        Assert.Equal(-1, trie.Step(AliasTrie.Root, "الصيني"));
        Assert.Equal(-1, trie.Step(AliasTrie.Root, ""));
        Assert.Equal(-1, trie.Payload(trie.Step(AliasTrie.Root, "علي")));
        Assert.Equal(1, trie.Payload(trie.Step(AliasTrie.Root, ArabicNormalizer.Normalize("الصّين"))));
    }
}
