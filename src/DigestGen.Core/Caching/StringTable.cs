namespace DigestGen.Caching;

/// <summary>
/// The strings of a binary cache file, each numbered when first met and written once before what refers to
/// them by number (see <see cref="ChecksummedFile"/>): the count, then each string.
/// </summary>
internal sealed class StringTable
{
    private readonly List<string> _strings = [];
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

    /// <summary>Numbers <paramref name="text"/> if it is new; false for a text that is not Unicode, which would not read back as it was.</summary>
    public bool Add(string text)
    {
        if (_numbers.ContainsKey(text))
        {
            return true;
        }
        if (!ChecksummedFile.IsUnicode(text))
        {
            return false;
        }
        _numbers[text] = _strings.Count;
        _strings.Add(text);
        return true;
    }

    public int this[string text] => _numbers[text];

    public void WriteTo(BinaryWriter w)
    {
        w.Write7BitEncodedInt(_strings.Count);
        foreach (var text in _strings)
        {
            w.Write(text);
        }
    }

    /// <summary>A table as <see cref="WriteTo"/> wrote it: each string by its number.</summary>
    public static string[] Read(BinaryReader r)
    {
        var table = new string[ChecksummedFile.Count(r)];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = r.ReadString();
        }
        return table;
    }
}
