using DigestGen.Site;

namespace DigestGen.Tests.Linking;

public sealed class SnippetsTests
{
    [Fact]
    public void CutsAtWholeWordsAroundTheMentionAndJoinsBlocks()
    {
        var before = string.Join(' ', Enumerable.Repeat("كلمة", 40));
        var text = before + "\n\nأعلنت ديبسيك نموذجاً جديداً " + before;
        var start = text.IndexOf("ديبسيك", StringComparison.Ordinal);

        var snippet = Snippets.Around(text, start, "ديبسيك".Length)!;

        Assert.Equal("ديبسيك", snippet.Mark);
        Assert.StartsWith("… كلمة", snippet.Before);
        Assert.EndsWith(" أعلنت ", snippet.Before);
        Assert.DoesNotContain("\n", snippet.Before);
        Assert.StartsWith(" نموذجاً", snippet.After);
        Assert.EndsWith("كلمة …", snippet.After);
    }

    [Fact]
    public void KeepsShortTextWhole()
    {
        var snippet = Snippets.Around("قالت ميتا اليوم.", 5, 4)!;

        Assert.Equal(("قالت ", "ميتا", " اليوم."), (snippet.Before, snippet.Mark, snippet.After));
    }

    [Fact]
    public void CollapsesEveryRunOfSpacesTabsNewlinesAndNoBreakSpacesToOneSpace()
    {
        const string text = "قال\t \n\nالمتحدث\u00A0\u00A0باسم  ديبسيك\r\n\n إن\u2028النموذج جاهز.";
        var start = text.IndexOf("ديبسيك", StringComparison.Ordinal);

        var snippet = Snippets.Around(text, start, "ديبسيك".Length)!;

        Assert.Equal("قال المتحدث باسم ", snippet.Before);
        Assert.Equal(" إن النموذج جاهز.", snippet.After);
    }

    [Fact]
    public void TreatsWhiteSpaceBeyondTheArabicBlockAsSpaceAndDropsItAtTheOpenEnd()
    {
        // U+3000 and U+1680 are white space; the Arabic letters around them, U+0600–U+06FF, are not.
        const string text = "أعلنت\u3000ديبسيك\u1680 ";

        var snippet = Snippets.Around(text, 6, "ديبسيك".Length)!;

        Assert.Equal(("أعلنت ", "ديبسيك", ""), (snippet.Before, snippet.Mark, snippet.After));
    }

    [Fact]
    public void GivesNothingForAnOffsetOutsideTheText() => Assert.Null(Snippets.Around("نص", 5, 3));
}
