namespace DigestGen.Search;

/// <summary>The name keys that start with one letter, and every prefix of them, so matching can stop as soon as no name continues.</summary>
internal sealed class NameGroup
{
    private readonly Dictionary<string, IReadOnlyList<int>> _keys;

    public NameGroup(IReadOnlyDictionary<string, IReadOnlyList<int>> keys)
    {
        _keys = new Dictionary<string, IReadOnlyList<int>>(keys, StringComparer.Ordinal);
        foreach (var key in _keys.Keys)
        {
            for (var i = 1; i <= key.Length; i++)
            {
                Prefixes.Add(key[..i]);
            }
        }
        KeyLookup = _keys.GetAlternateLookup<ReadOnlySpan<char>>();
        PrefixLookup = Prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public HashSet<string> Prefixes { get; } = new(StringComparer.Ordinal);

    /// <summary>The entities of each key, asked with the characters of a key being built: no string is made.</summary>
    public Dictionary<string, IReadOnlyList<int>>.AlternateLookup<ReadOnlySpan<char>> KeyLookup { get; }

    /// <summary><see cref="Prefixes"/>, asked the same way.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PrefixLookup { get; }
}
