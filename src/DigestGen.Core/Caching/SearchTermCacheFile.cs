using System.Text;
using static DigestGen.Caching.ChecksummedFile;

namespace DigestGen.Caching;

/// <summary>
/// The search term cache's file. Binary, as the entity cache's: every word, surface and key is stored
/// once and referred to by number, and an article is its (word, fields) and (entity, fields) numbers.
/// </summary>
/// <remarks>
/// Layout (numbers as 7-bit encoded integers unless said): magic, format (int32), generator; the string
/// table (count, then each string); the words (count, then each word's text, its reading count and each
/// reading's surface and key); the articles (count, then each content hash, its number of words and each
/// word with its fields, its number of entities and each entity with its fields), articles in ordinal
/// order of their hash; then the XXH64 of every byte before it (see <see cref="ChecksummedFile"/>). A file
/// that does not check out in every part is a miss, never an error.
/// </remarks>
internal static class SearchTermCacheFile
{
    private const string Magic = "DGSEARCHTERMS";
    private const int Format = 1;

    /// <summary>The words and each article's terms, or null when the file is missing, unreadable, damaged or of another version.</summary>
    public static (CachedWord[] Words, Dictionary<string, SearchTerms> Articles)? Read(string path) =>
        ReadAllBytes(path) is { } bytes ? Decode(bytes) : null;

    /// <param name="wordOf">The cache's word by its number, as the articles' terms name them.</param>
    public static void Write(string path, IReadOnlyDictionary<string, SearchTerms> articles, Func<int, CachedWord> wordOf)
    {
        // A text that is not Unicode (half of a surrogate pair) would not read back as it was: no file, so no wrong one.
        if (Lay(articles, wordOf) is { } layout)
        {
            CacheFile.Replace(path, stream => WriteTo(stream, layout));
        }
    }

    /// <summary>The file's bytes (for tests); throws <see cref="EncoderFallbackException"/> for a text that is not Unicode.</summary>
    internal static byte[] Encode(IReadOnlyDictionary<string, SearchTerms> articles, Func<int, CachedWord> wordOf)
    {
        var layout = Lay(articles, wordOf) ?? throw new EncoderFallbackException("a text of the search term cache is not Unicode");
        using var file = new MemoryStream();
        WriteTo(file, layout);
        return file.ToArray();
    }

    /// <summary>
    /// The articles in the file's order, the words they have (renumbered in the order first met, so words
    /// only edited-away text had are dropped) and the string table.
    /// </summary>
    private sealed record Layout(List<KeyValuePair<string, SearchTerms>> Articles, List<CachedWord> Words, Dictionary<int, int> WordNumbers,
        List<string> Table, Dictionary<string, int> Numbers);

    private static Layout? Lay(IReadOnlyDictionary<string, SearchTerms> articles, Func<int, CachedWord> wordOf)
    {
        var table = new List<string>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        bool Number(string text)
        {
            if (numbers.ContainsKey(text))
            {
                return true;
            }
            if (!IsUnicode(text))
            {
                return false;
            }
            numbers[text] = table.Count;
            table.Add(text);
            return true;
        }

        var words = new List<CachedWord>();
        var wordNumbers = new Dictionary<int, int>();
        var ordered = articles.OrderBy(a => a.Key, StringComparer.Ordinal).ToList();
        foreach (var (hash, terms) in ordered)
        {
            if (!IsUnicode(hash))
            {
                return null;
            }
            for (var i = 0; i < terms.Words.Length; i += 2)
            {
                if (wordNumbers.ContainsKey(terms.Words[i]))
                {
                    continue;
                }
                var word = wordOf(terms.Words[i]);
                if (!Number(word.Text))
                {
                    return null;
                }
                foreach (var (surface, key) in word.Readings)
                {
                    if (!Number(surface) || !Number(key))
                    {
                        return null;
                    }
                }
                wordNumbers[terms.Words[i]] = words.Count;
                words.Add(word);
            }
        }
        return new Layout(ordered, words, wordNumbers, table, numbers);
    }

    private static void WriteTo(Stream target, Layout layout) => ChecksummedFile.Write(target, w =>
    {
        w.Write(Magic);
        w.Write(Format);
        w.Write(CacheKeys.Generator);
        w.Write7BitEncodedInt(layout.Table.Count);
        foreach (var text in layout.Table)
        {
            w.Write(text);
        }
        var numbers = layout.Numbers;
        w.Write7BitEncodedInt(layout.Words.Count);
        foreach (var word in layout.Words)
        {
            w.Write7BitEncodedInt(numbers[word.Text]);
            w.Write7BitEncodedInt(word.Readings.Length);
            foreach (var (surface, key) in word.Readings)
            {
                w.Write7BitEncodedInt(numbers[surface]);
                w.Write7BitEncodedInt(numbers[key]);
            }
        }
        w.Write7BitEncodedInt(layout.Articles.Count);
        foreach (var (hash, terms) in layout.Articles)
        {
            w.Write(hash);
            w.Write7BitEncodedInt(terms.Words.Length / 2);
            for (var i = 0; i < terms.Words.Length; i += 2)
            {
                w.Write7BitEncodedInt(layout.WordNumbers[terms.Words[i]]);
                w.Write7BitEncodedInt(terms.Words[i + 1]);
            }
            w.Write7BitEncodedInt(terms.Entities.Length / 2);
            foreach (var number in terms.Entities)
            {
                w.Write7BitEncodedInt(number);
            }
        }
    });

    internal static (CachedWord[] Words, Dictionary<string, SearchTerms> Articles)? Decode(byte[] bytes)
    {
        if (Checked(bytes) is not { } stream)
        {
            return null;
        }
        try
        {
            using var r = new BinaryReader(stream, StrictUtf8);
            if (r.ReadString() != Magic || r.ReadInt32() != Format || r.ReadString() != CacheKeys.Generator)
            {
                return null;
            }
            var table = new string[Count(r)];
            for (var i = 0; i < table.Length; i++)
            {
                table[i] = r.ReadString();
            }
            var words = new CachedWord[Count(r)];
            for (var i = 0; i < words.Length; i++)
            {
                var text = table[r.Read7BitEncodedInt()];
                var readings = new (string, string)[Count(r)];
                for (var k = 0; k < readings.Length; k++)
                {
                    readings[k] = (table[r.Read7BitEncodedInt()], table[r.Read7BitEncodedInt()]);
                }
                words[i] = new CachedWord(text, readings);
            }
            var count = Count(r);
            var articles = new Dictionary<string, SearchTerms>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var hash = r.ReadString();
                var terms = new SearchTerms(Pairs(r, words.Length), Pairs(r, int.MaxValue));
                if (!articles.TryAdd(hash, terms))
                {
                    return null;
                }
            }
            return stream.Position == stream.Length ? (words, articles) : null;
        }
        catch (Exception e) when (IsDamage(e))
        {
            return null;
        }
    }

    /// <summary>(number, fields) pairs, each number below <paramref name="limit"/> and each fields mask a field or more.</summary>
    private static int[] Pairs(BinaryReader r, int limit)
    {
        var pairs = new int[Count(r) * 2];
        for (var i = 0; i < pairs.Length; i += 2)
        {
            pairs[i] = NonNegative(r) is var number && number < limit ? number : throw new FormatException("a number past the table");
            pairs[i + 1] = NonNegative(r) is var fields && fields != 0 ? fields : throw new FormatException("a term in no field");
        }
        return pairs;
    }
}
