namespace DigestGen.Search;

/// <summary>The name keys that start with one letter, and every prefix of them, so matching can stop as soon as no name continues.</summary>
internal sealed class NameGroup
{
    public NameGroup(IReadOnlyDictionary<string, IReadOnlyList<int>> keys)
    {
        Keys = keys;
        foreach (var key in keys.Keys)
        {
            for (var i = 1; i <= key.Length; i++)
            {
                Prefixes.Add(key[..i]);
            }
        }
    }

    public IReadOnlyDictionary<string, IReadOnlyList<int>> Keys { get; }
    public HashSet<string> Prefixes { get; } = new(StringComparer.Ordinal);
}
