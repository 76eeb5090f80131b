using DigestGen.Rendering.Annotation;

namespace DigestGen.Tests.Rendering;

public sealed class PlainTextIndexTests
{
    private static TextSlot Slot(int order, string text, params int[] plain) =>
        new(order, new TextRun(text, 0, null, SlotKind.Prose), plain);

    [Fact]
    public void FindsTheSlotAndCharacterHoldingEachPlainOffset()
    {
        // "أب جد" then an image's alt text the plain text leaves out, then "هو" after "\n\n".
        var first = Slot(0, "أب جد", 0, 1, -1, 3, 4);
        var absent = Slot(1, "صورة", -1, -1, -1, -1);
        var last = Slot(2, " هو", -1, 7, 8);
        var index = new PlainTextIndex([first, absent, last]);

        Assert.Equal((first, 0), index.At(0));
        Assert.Equal((first, 4), index.At(4));
        Assert.Equal((last, 1), index.At(7));
        Assert.Equal((last, 2), index.At(8));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(9)]
    [InlineData(-1)]
    public void FindsNothingWhereNoCharacterLinesUp(int plain)
    {
        var index = new PlainTextIndex([Slot(0, "أب جد", 0, 1, -1, 3, 4), Slot(1, "هو", 7, 8)]);

        Assert.Equal((null, -1), index.At(plain));
    }
}
