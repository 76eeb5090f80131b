namespace DigestGen.Rendering.Annotation;

/// <summary>
/// Which text slot, and which character of it, holds a given offset of the plain text. The
/// aligner gives the slots increasing plain offsets, so a binary search over the slots' first
/// offsets finds the slot. It replaces a table with one entry per plain-text character, which
/// was most of what annotating a page allocated (16 bytes per character, for a few dozen look-ups).
/// </summary>
internal sealed class PlainTextIndex
{
    private readonly List<(int First, int Last, TextSlot Slot)> _slots = [];

    public PlainTextIndex(IReadOnlyList<TextSlot> slots)
    {
        foreach (var slot in slots)
        {
            var offsets = slot.PlainOffsets.AsSpan();
            var first = offsets.IndexOfAnyExcept(-1);
            if (first >= 0)
            {
                // Aligned offsets are never below -1: the first and last that is not -1 is the first and last aligned.
                _slots.Add((offsets[first], offsets[offsets.LastIndexOfAnyExcept(-1)], slot));
            }
        }
    }

    /// <summary>The slot and character index at plain offset <paramref name="plain"/>, or (null, -1) when no slot holds it.</summary>
    public (TextSlot? Slot, int Index) At(int plain)
    {
        var (low, high) = (0, _slots.Count - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var (first, last, slot) = _slots[middle];
            if (plain < first)
            {
                high = middle - 1;
            }
            else if (plain > last)
            {
                low = middle + 1;
            }
            else
            {
                var index = slot.PlainOffsets.AsSpan().IndexOf(plain);
                return index < 0 ? (null, -1) : (slot, index);
            }
        }
        return (null, -1);
    }
}
