namespace DigestGen.Search;

/// <summary>The name keys that start with one letter, and every prefix of them, so matching can stop as soon as no name continues.</summary>
internal sealed class NameGroup
{
    public NameGroup(IReadOnlyDictionary<string, IReadOnlyList<int>> keys)
    {
        Keys = keys;
        _keys = new Dictionary<string, IReadOnlyList<int>>(keys, StringComparer.Ordinal);
        KeyLookup = _keys.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var key in keys.Keys)
        {
            for (var i = 1; i <= key.Length; i++)
            {
                Prefixes.Add(key[..i]);
            }
        }
        PrefixLookup = Prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private readonly Dictionary<string, IReadOnlyList<int>> _keys;

    /// <summary><see cref="Keys"/> and <see cref="Prefixes"/> asked with the characters of a key being built, no string made.</summary>
    public Dictionary<string, IReadOnlyList<int>>.AlternateLookup<ReadOnlySpan<char>> KeyLookup { get; }

    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PrefixLookup { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<int>> Keys { get; }
    public HashSet<string> Prefixes { get; } = new(StringComparer.Ordinal);
}
