using System.Text;

namespace DigestGen.Arabic;

/// <summary>
/// A simple, stable ASCII rendering of Arabic letters for URLs and ids (علي بابا → ali-baba
/// style). Not a scholarly romanisation: it must never change once ids are published.
/// </summary>
public static class Transliterator
{
    public static string ToAscii(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            builder.Append(Letter(ArabicNormalizer.NormalizeChar(c)));
        }

        return builder.ToString();
    }

    private static string Letter(char c) => c switch
    {
        '\0' => "",
        'ا' => "a",
        'ء' or 'ؤ' or 'ئ' => "",
        'ب' => "b",
        'ت' => "t",
        'ث' => "th",
        'ج' => "j",
        'ح' => "h",
        'خ' => "kh",
        'د' => "d",
        'ذ' => "dh",
        'ر' => "r",
        'ز' => "z",
        'س' => "s",
        'ش' => "sh",
        'ص' => "s",
        'ض' => "d",
        'ط' => "t",
        'ظ' => "z",
        'ع' => "a",
        'غ' => "gh",
        'ف' => "f",
        'ق' => "q",
        'ك' => "k",
        'ل' => "l",
        'م' => "m",
        'ن' => "n",
        'ه' => "h",
        'و' => "w",
        'ي' => "y",
        'پ' => "p",
        'چ' => "ch",
        'ژ' => "zh",
        'ڤ' => "v",
        'گ' => "g",
        _ => c.ToString(),
    };
}
