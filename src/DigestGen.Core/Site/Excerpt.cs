namespace DigestGen.Site;

public static class Excerpt
{
    /// <summary>Cuts at a word boundary and adds an ellipsis, never in the middle of a word.</summary>
    public static string Of(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }
        var cut = text.LastIndexOf(' ', maxLength);
        return text[..(cut > maxLength / 2 ? cut : maxLength)].TrimEnd('،', ',', ' ', '؛') + "…";
    }
}
