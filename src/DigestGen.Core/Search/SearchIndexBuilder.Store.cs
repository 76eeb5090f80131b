using System.Text;
using DigestGen.Site;

namespace DigestGen.Search;

/// <summary>
/// A remembering builder's analyses, stored between builds. <c>serve</c> keeps them in memory; a <c>build</c>
/// after an edit had none and analysed every article again (the largest part of the search index's 1.95 s
/// at 10,000 articles). The store holds each article's keys, entities and words by its content hash, valid
/// for one extraction key (generator, settings, gazetteer: what an analysis reads besides the article), so a
/// build analyses only the articles that are new or changed. It is a cache file: a missing, damaged or
/// foreign one is a miss, and the index written is the same as a fresh builder's either way.
/// </summary>
public sealed partial class SearchIndexBuilder
{
    private const string Magic = "DGSA";
    private const int Format = 1;

    private Stored? _stored;
    private int _storedCount = -1;
    private int _readCount = -1;
    private int _analysed;

    /// <summary>How many articles the last <see cref="Build"/> analysed (the others' analyses were remembered or restored).</summary>
    public int DocumentsAnalysed => _analysed;

    /// <summary>How many articles the store read by <see cref="Load"/> held (-1: none read).</summary>
    public int StoredCount => _readCount;

    /// <summary>A store as read: one table of strings, the words by index into it, and each article's analysis.</summary>
    private sealed record Stored(string[] Strings, int[][] Words, Dictionary<string, (int[] Keys, int[] Entities, int[] Words)> Articles);

    /// <summary>Reads the analyses a build stored at <paramref name="path"/>, for the next <see cref="Build"/>; a miss leaves none.</summary>
    public void Load(string path)
    {
        if (_analyses is null)
        {
            throw new InvalidOperationException("only a remembering builder restores analyses");
        }
        try
        {
            using var reader = new BinaryReader(new MemoryStream(File.ReadAllBytes(path)), Encoding.UTF8);
            _stored = Read(reader);
            _storedCount = _readCount = _stored.Articles.Count;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException or DecoderFallbackException)
        {
            _stored = null;
        }
    }

    /// <summary>
    /// Writes the last <see cref="Build"/>'s analyses to <paramref name="path"/> (through a temporary file and a
    /// rename), unless they are the store it read: nothing analysed anew and no article gone. Returns whether it wrote.
    /// </summary>
    public bool Save(string path)
    {
        if (_analyses is null || _lastArticles is not { } articles || (_analysed == 0 && _storedCount == articles.Length))
        {
            return false;
        }
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = $"{path}.{Environment.ProcessId}.tmp";
            using (var stream = new BufferedStream(File.Create(temporary), 1 << 16))
            using (var writer = new BinaryWriter(stream, Encoding.UTF8))
            {
                Write(writer, articles);
            }
            File.Move(temporary, path, overwrite: true);
            _storedCount = articles.Length;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only project still builds; it only builds without the store.
            return false;
        }
    }

    /// <summary>
    /// One pass over the analyses: each article's record goes to a buffer as it is met, numbering strings and
    /// words on the way, and the tables (which the reader needs first) are written before the buffers. No copy
    /// of the analyses is made: at 10,000 articles the records are 16 MB, the analyses they come from 50.
    /// </summary>
    private void Write(BinaryWriter writer, ArticleEntry[] articles)
    {
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        var table = new List<string>();
        int StringOf(string text)
        {
            if (!strings.TryGetValue(text, out var number))
            {
                strings[text] = number = table.Count;
                table.Add(text);
            }
            return number;
        }
        var wordNumbers = new Dictionary<IndexedWord, int>(ReferenceEqualityComparer.Instance);
        using var wordRecords = new MemoryStream();
        using var articleRecords = new MemoryStream();
        var words = new BinaryWriter(wordRecords, Encoding.UTF8);
        var records = new BinaryWriter(articleRecords, Encoding.UTF8);
        int WordOf(IndexedWord word)
        {
            if (!wordNumbers.TryGetValue(word, out var number))
            {
                wordNumbers[word] = number = wordNumbers.Count;
                words.Write7BitEncodedInt(1 + 2 * word.Readings.Length);
                words.Write7BitEncodedInt(StringOf(word.Word));
                foreach (var (surface, key) in word.Readings)
                {
                    words.Write7BitEncodedInt(StringOf(surface));
                    words.Write7BitEncodedInt(StringOf(key));
                }
            }
            return number;
        }
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            // Two articles with the same bytes (a copied file) have the same analysis: stored once.
            if (!_analyses!.TryGetValue(article, out var analysis) || !done.Add(article.Article.ContentHash))
            {
                continue;
            }
            records.Write(article.Article.ContentHash);
            records.Write7BitEncodedInt(analysis.Keys.Length * 2);
            foreach (var (key, fields) in analysis.Keys)
            {
                records.Write7BitEncodedInt(StringOf(_keys[key]));
                records.Write7BitEncodedInt(fields);
            }
            records.Write7BitEncodedInt(analysis.Entities.Length * 2);
            foreach (var (entity, fields) in analysis.Entities)
            {
                records.Write7BitEncodedInt(entity);
                records.Write7BitEncodedInt(fields);
            }
            records.Write7BitEncodedInt(analysis.Words.Length);
            foreach (var word in analysis.Words)
            {
                records.Write7BitEncodedInt(WordOf(word));
            }
        }
        words.Flush();
        records.Flush();

        writer.Write(Encoding.ASCII.GetBytes(Magic));
        writer.Write(Format);
        writer.Write7BitEncodedInt(table.Count);
        table.ForEach(writer.Write);
        writer.Write7BitEncodedInt(wordNumbers.Count);
        writer.Flush();
        wordRecords.WriteTo(writer.BaseStream);
        writer.Write7BitEncodedInt(done.Count);
        writer.Flush();
        articleRecords.WriteTo(writer.BaseStream);
    }

    private static Stored Read(BinaryReader reader)
    {
        if (Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length)) != Magic || reader.ReadInt32() != Format)
        {
            throw new InvalidDataException("not a store of this format");
        }
        var strings = new string[Count(reader)];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = reader.ReadString();
        }
        var words = new int[Count(reader)][];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = ReadInts(reader, strings.Length);
            if (words[i].Length % 2 != 1)
            {
                throw new InvalidDataException("a word is its surface and pairs of readings");
            }
        }
        var count = Count(reader);
        var articles = new Dictionary<string, (int[], int[], int[])>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var hash = reader.ReadString();
            var keys = ReadInts(reader, int.MaxValue);
            var entities = ReadInts(reader, int.MaxValue);
            var wordList = ReadInts(reader, words.Length);
            if (keys.Length % 2 != 0 || entities.Length % 2 != 0 || !InRange(keys, strings.Length))
            {
                throw new InvalidDataException("keys and entities come in pairs, each key a string of the table");
            }
            articles[hash] = (keys, entities, wordList);
        }
        if (reader.BaseStream.Position != reader.BaseStream.Length)
        {
            throw new InvalidDataException("bytes after the last article");
        }
        return new Stored(strings, words, articles);
    }

    /// <summary>
    /// Gives each article the store has an analysis for (by content hash) that analysis, as if this builder had
    /// made it: its words join the builder's words (a word already known stays the one instance) and its keys
    /// take this builder's numbers. Entities are numbered by the gazetteer's order, which the store's key fixes.
    /// </summary>
    private void Restore(Stored stored, List<ArticleEntry> articles, EntityNames names)
    {
        var keyNumbers = new int[stored.Strings.Length];
        Array.Fill(keyNumbers, -1);
        int KeyOf(int text) => keyNumbers[text] >= 0 ? keyNumbers[text] : keyNumbers[text] = _keys.Number(stored.Strings[text]);
        var words = new IndexedWord?[stored.Words.Length];
        IndexedWord WordOf(int number)
        {
            if (words[number] is { } known)
            {
                return known;
            }
            var entry = stored.Words[number];
            var surface = stored.Strings[entry[0]];
            if (!_words.TryGetValue(surface, out var word))
            {
                var readings = new (string Surface, string Key)[(entry.Length - 1) / 2];
                var keys = new int[readings.Length];
                for (var r = 0; r < readings.Length; r++)
                {
                    readings[r] = (stored.Strings[entry[1 + 2 * r]], stored.Strings[entry[2 + 2 * r]]);
                    keys[r] = KeyOf(entry[2 + 2 * r]);
                }
                word = _words.GetOrAdd(surface, new IndexedWord(readings, keys, surface, names));
            }
            return words[number] = word;
        }
        var entityCount = _gazetteer!.Entities.Count;
        foreach (var article in articles)
        {
            if (_analyses!.TryGetValue(article, out _) || !stored.Articles.TryGetValue(article.Article.ContentHash, out var a))
            {
                continue;
            }
            var keys = new KeyValuePair<int, int>[a.Keys.Length / 2];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = new(KeyOf(a.Keys[2 * i]), a.Keys[2 * i + 1]);
            }
            var entities = new KeyValuePair<int, int>[a.Entities.Length / 2];
            for (var i = 0; i < entities.Length; i++)
            {
                if ((uint)a.Entities[2 * i] >= (uint)entityCount)
                {
                    // Not this gazetteer's numbering after all: the article is analysed afresh.
                    entities = null;
                    break;
                }
                entities[i] = new(a.Entities[2 * i], a.Entities[2 * i + 1]);
            }
            if (entities is null)
            {
                continue;
            }
            var wordList = new IndexedWord[a.Words.Length];
            for (var i = 0; i < wordList.Length; i++)
            {
                wordList[i] = WordOf(a.Words[i]);
            }
            _analyses.AddOrUpdate(article, new Analysis(keys, entities, wordList));
        }
    }

    private static int[] ReadInts(BinaryReader reader, int below)
    {
        var values = new int[Count(reader)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.Read7BitEncodedInt();
            if ((uint)values[i] >= (uint)below)
            {
                throw new InvalidDataException("a number out of range");
            }
        }
        return values;
    }

    private static bool InRange(int[] pairs, int strings)
    {
        for (var i = 0; i < pairs.Length; i += 2)
        {
            if ((uint)pairs[i] >= (uint)strings)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A length, checked against what is left of the stream (each element takes a byte at least), so a damaged count cannot ask for gigabytes.</summary>
    private static int Count(BinaryReader reader)
    {
        var count = reader.Read7BitEncodedInt();
        if (count < 0 || count > reader.BaseStream.Length - reader.BaseStream.Position)
        {
            throw new InvalidDataException("a count longer than the file");
        }
        return count;
    }
}
