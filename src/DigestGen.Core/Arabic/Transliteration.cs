using System.Collections.Frozen;

namespace DigestGen.Arabic;

/// <summary>A simple, lossy, URL-friendly romanisation of Arabic letters (no diacritics).</summary>
internal static class Transliteration
{
    private static readonly FrozenDictionary<char, string> Map = new Dictionary<char, string>
    {
        ['ا'] = "a",
        ['أ'] = "a",
        ['إ'] = "i",
        ['آ'] = "a",
        ['ٱ'] = "a",
        ['ء'] = "",
        ['ؤ'] = "u",
        ['ئ'] = "i",
        ['ب'] = "b",
        ['ت'] = "t",
        ['ث'] = "th",
        ['ج'] = "j",
        ['ح'] = "h",
        ['خ'] = "kh",
        ['د'] = "d",
        ['ذ'] = "dh",
        ['ر'] = "r",
        ['ز'] = "z",
        ['س'] = "s",
        ['ش'] = "sh",
        ['ص'] = "s",
        ['ض'] = "d",
        ['ط'] = "t",
        ['ظ'] = "z",
        ['ع'] = "a",
        ['غ'] = "gh",
        ['ف'] = "f",
        ['ق'] = "q",
        ['ك'] = "k",
        ['ل'] = "l",
        ['م'] = "m",
        ['ن'] = "n",
        ['ه'] = "h",
        ['ة'] = "a",
        ['و'] = "w",
        ['ي'] = "y",
        ['ى'] = "a",
        ['ی'] = "y",
        ['ک'] = "k",
        ['پ'] = "p",
        ['چ'] = "ch",
        ['ڤ'] = "v",
        ['گ'] = "g",
    }.ToFrozenDictionary();

    public static bool TryGet(char c, out string latin) => Map.TryGetValue(c, out latin!);
}
