using System.Text.RegularExpressions;
using DigestGen.Markdown;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Markdown;

/// <summary>Word counts, for reading time: Arabic words with their clitics, marks and tatweel are one word each.</summary>
public sealed partial class WordCounterTests
{
    [Theory]
    // Latin names and Arabic-Indic digits are words; the percent sign and punctuation are not.
    [InlineData("قال الرئيس التنفيذي إيدي وو إن Qwen3 حقق ٩٠٪ من الهدف.", 11)]
    // Clitics glued to a name, a quoted name, the Levantine double month name.
    [InlineData("وقالت لـ\"ديبسيك\" في شباط/ فبراير إن بكين والحكومة", 9)]
    // Tatweel is a letter (U+0640): "منـتدى" stays one word.
    [InlineData("منـتدى لنـدن الاقتصادي", 3)]
    // Harakat, shadda and sukun belong to the word they sit on.
    [InlineData("مُحَمَّدٌ رَسُولٌ", 2)]
    [InlineData("الرَّحْمٰنِ", 1)]
    // A mark with no letter before it starts no word.
    [InlineData(" \u064B \u0651", 0)]
    [InlineData("", 0)]
    [InlineData("— ، ؛ ؟ …", 0)]
    public void CountsWordsAsAReaderWould(string text, int words) => Assert.Equal(words, WordCounter.Count(text));

    /// <summary>On text without marks the count is the old expression's (<c>[\p{L}\p{N}]+</c>) exactly: reading times do not move.</summary>
    [Fact]
    public void WithoutMarksItCountsWhatTheOldExpressionCounted()
    {
        var articles = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "content", "articles"), "*.md", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(articles);
        foreach (var file in articles)
        {
            var text = Marks().Replace(File.ReadAllText(file), "");
            Assert.Equal(OldWords().Count(text), WordCounter.Count(text));
        }
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex OldWords();

    [GeneratedRegex(@"\p{M}")]
    private static partial Regex Marks();
}
