namespace DigestGen.Entities.Recognition;

/// <summary>Which tokens stand inside quotation marks. Arabic news quotes foreign names ("ديبسيك"),
/// with straight, guillemet or curly marks; a straight mark toggles.</summary>
internal static class QuoteMarks
{
    public static bool IsOpening(string s) => s is "«" or "“" or "„" or "‘";

    public static bool IsClosing(string s) => s is "»" or "”" or "’";

    public static bool IsQuote(string s) => s is "\"" || IsOpening(s) || IsClosing(s);

    public static bool[] Inside(IReadOnlyList<string> tokens, int from, int count)
    {
        var inside = new bool[count];
        var open = false;
        for (var i = 0; i < count; i++)
        {
            var t = tokens[from + i];
            if (t == "\"")
            {
                open = !open;
            }
            else if (IsOpening(t))
            {
                open = true;
            }
            else if (IsClosing(t))
            {
                open = false;
            }
            else
            {
                inside[i] = open;
            }
        }

        return inside;
    }
}
