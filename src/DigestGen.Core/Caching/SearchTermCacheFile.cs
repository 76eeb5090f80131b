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
/// word with its fields, its number of entities and each entity with its fields, a number and its fields
/// packed in one as <see cref="SearchTerms.Pack"/> does), articles in ordinal
/// order of their hash; then the XXH64 of every byte before it (see <see cref="ChecksummedFile"/>). A file
/// that does not check out in every part is a miss, never an error.
/// </remarks>
internal static class SearchTermCacheFile
{
    private const string Magic = "DGSEARCHTERMS";
    private const int Format = 1;

    /// <summary>The words and each article's terms, or null when the file is missing, unreadable, damaged or of another version.</summary>
    public static (CachedWord[] Words, Dictionary<string, SearchTerms> Articles)? Read(string path) =>
        ChecksummedFile.Read(path, Decode) is { } file ? (file.Words, file.Articles) : null;

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
    private sealed record Layout(List<KeyValuePair<string, SearchTerms>> Articles, List<CachedWord> Words, Dictionary<int, int> WordNumbers, StringTable Table);

    private static Layout? Lay(IReadOnlyDictionary<string, SearchTerms> articles, Func<int, CachedWord> wordOf)
    {
        var table = new StringTable();
        var words = new List<CachedWord>();
        var wordNumbers = new Dictionary<int, int>();
        var ordered = articles.OrderBy(a => a.Key, StringComparer.Ordinal).ToList();
        foreach (var (hash, terms) in ordered)
        {
            if (!IsUnicode(hash))
            {
                return null;
            }
            foreach (var packed in terms.Words)
            {
                var number = SearchTerms.NumberOf(packed);
                if (wordNumbers.ContainsKey(number))
                {
                    continue;
                }
                var word = wordOf(number);
                if (!table.Add(word.Text))
                {
                    return null;
                }
                foreach (var (surface, key) in word.Readings)
                {
                    if (!table.Add(surface) || !table.Add(key))
                    {
                        return null;
                    }
                }
                wordNumbers[number] = words.Count;
                words.Add(word);
            }
        }
        return new Layout(ordered, words, wordNumbers, table);
    }

    private static void WriteTo(Stream target, Layout layout) => ChecksummedFile.Write(target, w =>
    {
        WriteHeader(w, Magic, Format);
        layout.Table.WriteTo(w);
        var table = layout.Table;
        w.Write7BitEncodedInt(layout.Words.Count);
        foreach (var word in layout.Words)
        {
            w.Write7BitEncodedInt(table[word.Text]);
            w.Write7BitEncodedInt(word.Readings.Length);
            foreach (var (surface, key) in word.Readings)
            {
                w.Write7BitEncodedInt(table[surface]);
                w.Write7BitEncodedInt(table[key]);
            }
        }
        w.Write7BitEncodedInt(layout.Articles.Count);
        foreach (var (hash, terms) in layout.Articles)
        {
            w.Write(hash);
            w.Write7BitEncodedInt(terms.Words.Length);
            foreach (var packed in terms.Words)
            {
                w.Write7BitEncodedInt(SearchTerms.Pack(layout.WordNumbers[SearchTerms.NumberOf(packed)], SearchTerms.FieldsOf(packed)));
            }
            w.Write7BitEncodedInt(terms.Entities.Length);
            foreach (var packed in terms.Entities)
            {
                w.Write7BitEncodedInt(packed);
            }
        }
    });

    /// <summary>The file's bytes read back (for tests), or null for a miss.</summary>
    internal static (CachedWord[] Words, Dictionary<string, SearchTerms> Articles)? Decode(byte[] bytes) =>
        ChecksummedFile.Read(new MemoryStream(bytes, writable: false), Decode) is { } file ? (file.Words, file.Articles) : null;

    private static Contents? Decode(BinaryReader r)
    {
        if (!HasHeader(r, Magic, Format))
        {
            return null;
        }
        var table = StringTable.Read(r);
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
            var terms = new SearchTerms(Packed(r, words.Length), Packed(r, int.MaxValue));
            if (!articles.TryAdd(hash, terms))
            {
                return null;
            }
        }
        return new Contents(words, articles);
    }

    private sealed record Contents(CachedWord[] Words, Dictionary<string, SearchTerms> Articles);

    /// <summary>Packed numbers and fields (see <see cref="SearchTerms.Pack"/>), each number below <paramref name="limit"/> and in a field or more.</summary>
    private static int[] Packed(BinaryReader r, int limit)
    {
        var packed = new int[Count(r)];
        for (var i = 0; i < packed.Length; i++)
        {
            var value = NonNegative(r);
            packed[i] = SearchTerms.FieldsOf(value) == 0 ? throw new FormatException("a term in no field")
                : SearchTerms.NumberOf(value) >= limit ? throw new FormatException("a number past the table")
                : value;
        }
        return packed;
    }
}
