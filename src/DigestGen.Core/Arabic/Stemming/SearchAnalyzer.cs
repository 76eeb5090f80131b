using System.Buffers;
using System.Text;

namespace DigestGen.Arabic.Stemming;

/// <summary>
/// Cuts text into search terms. A word's <em>surfaces</em> are the word without its clitics, in
/// every reading (والصين → صين; وبكين → وبكين, بكين, كين); its <em>keys</em> are those surfaces
/// light-stemmed (الصينيين → صيني, خبراء → خبير). The index files a word under its keys and its
/// surfaces; a query word must share a key with it, an unfinished last word need only start a surface.
/// templates/assets/js/search.js implements the same steps from the same <see cref="SearchRules"/>.
/// </summary>
public sealed class SearchAnalyzer
{
    private const char Fathatan = '\u064B';
    private readonly SearchRules _rules;
    private readonly HashSet<string> _stopWords;

    public SearchAnalyzer(SearchRules rules)
    {
        _rules = rules;
        _stopWords = new HashSet<string>(rules.StopWords, StringComparer.Ordinal);
    }

    public static SearchAnalyzer Default { get; } = new(SearchRules.Default);

    public SearchRules Rules => _rules;

    /// <summary>The normalised words of a text: runs of letters, or of digits, after <see cref="ArabicNormalizer.Normalize"/>,
    /// so tatweel, diacritics and quotes never split or glue words (لـ"Qwen3" → ل, qwen, 3), and the alef that
    /// carries tanween (نموذجاً) is dropped with it.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        Words(text, words, static word => word.ToString());
        return words;
    }

    /// <summary>What a caller keeps of each word <see cref="Words(string, List{T}, WordOf{T})"/> meets, made from the
    /// normalised word, which is valid only during the call.</summary>
    public delegate T WordOf<T>(ReadOnlySpan<char> word);

    /// <summary>Each word of <paramref name="text"/>, as <paramref name="resolve"/> makes it, added to <paramref name="into"/>:
    /// an index over millions of words looks each up in its table of distinct words rather than copying it.</summary>
    public static void Words<T>(ReadOnlySpan<char> text, List<T> into, WordOf<T> resolve)
    {
        // Copied into a pooled buffer without the alefs that carry tanween, then normalised where it lies
        // (neither step lengthens text, and normalising writes no further than it has read): an article
        // body is analysed word by word, so no body-sized string is made.
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(text.Length, 1));
        try
        {
            var kept = DropTanweenAlef(text, buffer);
            var normalized = buffer.AsSpan(0, ArabicNormalizer.Normalize(buffer.AsSpan(0, kept), buffer));
            // Each character is classed once, and the class of the run it may end is remembered.
            var start = 0;
            var run = normalized.Length > 0 ? ClassOf(normalized[0]) : 0;
            for (var i = 1; i <= normalized.Length; i++)
            {
                var next = i == normalized.Length ? -1 : ClassOf(normalized[i]);
                if (next != run)
                {
                    if (run != 0)
                    {
                        into.Add(resolve(normalized[start..i]));
                    }
                    start = i;
                    run = next;
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>0 between words, 1 in a run of letters, 2 in a run of digits.</summary>
    public static int ClassOf(char c) =>
        // The Arabic letters (hamza to yeh) answered without the Unicode tables: most of what an index reads.
        c is >= '\u0621' and <= '\u064A' || char.IsLetter(c) ? 1 : char.IsDigit(c) ? 2 : 0;

    /// <summary>Copies <paramref name="text"/> into <paramref name="into"/> but for each alef beside a fathatan; returns how many characters it copied.</summary>
    private static int DropTanweenAlef(ReadOnlySpan<char> text, Span<char> into)
    {
        if (!text.Contains(Fathatan))
        {
            text.CopyTo(into);
            return text.Length;
        }
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var carriesTanween = text[i] == 'ا' && ((i + 1 < text.Length && text[i + 1] == Fathatan) || (i > 0 && text[i - 1] == Fathatan));
            if (!carriesTanween)
            {
                into[n++] = text[i];
            }
        }
        return n;
    }

    public bool IsStopWord(string word) => _stopWords.Contains(word);

    /// <summary>The word without the article (with its conjunction and preposition), when what is left is long enough.</summary>
    public string StripDefinite(string word)
    {
        foreach (var prefix in _rules.Definite)
        {
            if (word.Length - prefix.Length >= _rules.MinDefiniteStem && word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return word[prefix.Length..];
            }
        }
        return word;
    }

    /// <summary>Every clitic-free reading of a normalised word, the plain reading first.</summary>
    public IReadOnlyList<string> Surfaces(string word)
    {
        var surfaces = new List<string>(3) { StripDefinite(word) };
        foreach (var prefix in _rules.Bare)
        {
            if (word.Length - prefix.Length >= _rules.MinBareStem && word.StartsWith(prefix, StringComparison.Ordinal))
            {
                var reading = StripDefinite(word[prefix.Length..]);
                if (!surfaces.Contains(reading))
                {
                    surfaces.Add(reading);
                }
            }
        }
        return surfaces;
    }

    /// <summary>The distinct stems of every surface of a word.</summary>
    public IReadOnlyList<string> Keys(string word) => Surfaces(word).Select(Stem).Distinct().ToList();

    /// <summary>Light stem of a clitic-free surface: lexicon, then pronoun, then plural, then the feminine nisba ـية.</summary>
    public string Stem(string surface)
    {
        if (_rules.BrokenPlurals.TryGetValue(surface, out var singular))
        {
            return StemSuffixes(singular);
        }
        var stem = StemSuffixes(surface);
        return _rules.BrokenPlurals.TryGetValue(stem, out var s) ? StemSuffixes(s) : stem;
    }

    /// <summary>Folds a name's words into one key: spaces dropped (ديب سيك = ديبسيك), the article and clitics of
    /// the first word already removed by the caller, the letters of a foreign G made one (غوغل = جوجل = قوقل).</summary>
    public string NameKey(IEnumerable<string> words)
    {
        var sb = new StringBuilder();
        foreach (var c in string.Concat(words))
        {
            var letter = c.ToString();
            sb.Append(_rules.NameLetters.TryGetValue(letter, out var folded) ? folded : letter);
        }
        return sb.ToString();
    }

    private string StemSuffixes(string word)
    {
        var w = StripPronoun(word);
        if (w.EndsWith(_rules.FemininePlural, StringComparison.Ordinal) && w.Length - 2 >= _rules.MinSuffixStem)
        {
            return w[..^2] + "ه";
        }
        foreach (var plural in _rules.MasculinePlurals)
        {
            if (w.EndsWith(plural, StringComparison.Ordinal) && w.Length - plural.Length >= _rules.MinPluralStem)
            {
                w = w[..^plural.Length];
                break;
            }
        }
        // The feminine nisba: الصينية → صيني, so it meets الصيني and الصينيين.
        if (w.Length >= 4 && w.EndsWith("يه", StringComparison.Ordinal))
        {
            return w[..^1];
        }
        // The feminine of the مفعول pattern: مفتوحة → مفتوح. Other ة stay: الرياضة is not الرياض.
        return w.Length == 6 && w[0] == 'م' && w[3] == 'و' && w[5] == 'ه' ? w[..^1] : w;
    }

    private string StripPronoun(string word)
    {
        foreach (var pronoun in _rules.Pronouns)
        {
            if (word.EndsWith(pronoun, StringComparison.Ordinal) && word.Length - pronoun.Length >= _rules.MinSuffixStem)
            {
                var w = word[..^pronoun.Length];
                // A ة before a pronoun is written ت (شركتها): give the stem its ة back.
                return w.EndsWith('ت') && !w.EndsWith(_rules.FemininePlural, StringComparison.Ordinal) && w.Length >= 4 ? w[..^1] + "ه" : w;
            }
        }
        return word;
    }
}
