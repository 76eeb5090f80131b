namespace DigestGen.Entities.Matching;

/// <summary>
/// A trie over normalised tokens: each path of words spells a name and ends in a payload (an
/// entity index). Built once; read concurrently without locks because it never changes after
/// <see cref="Add"/> calls end.
/// </summary>
internal sealed class AliasTrie
{
    private readonly List<Dictionary<string, int>?> _children = [null];
    private readonly List<int> _payloads = [-1];

    public const int Root = 0;

    public int NodeCount => _payloads.Count;

    /// <summary>Adds a name spelled by <paramref name="tokens"/>; keeps an existing payload so that
    /// the first registration (explicit aliases before generated variants) wins.</summary>
    public bool Add(IReadOnlyList<string> tokens, int payload)
    {
        var node = Root;
        foreach (var token in tokens)
        {
            var children = _children[node] ??= new Dictionary<string, int>(StringComparer.Ordinal);
            if (!children.TryGetValue(token, out var next))
            {
                next = _payloads.Count;
                _payloads.Add(-1);
                _children.Add(null);
                children[token] = next;
            }

            node = next;
        }

        if (node == Root || _payloads[node] >= 0)
        {
            return false;
        }

        _payloads[node] = payload;
        return true;
    }

    /// <summary>ORs <paramref name="flag"/> into the payload of a name: one name may be in several lists
    /// (الجزيرة is a place and a channel).</summary>
    public void AddFlag(IReadOnlyList<string> tokens, int flag)
    {
        Add(tokens, 0);
        var node = Root;
        foreach (var token in tokens)
        {
            node = Step(node, token);
        }

        _payloads[node] |= flag;
    }

    public int Step(int node, string token) =>
        _children[node] is { } children && children.TryGetValue(token, out var next) ? next : -1;

    public int Payload(int node) => _payloads[node];

    public bool HasChildren(int node) => _children[node] is { Count: > 0 };
}
