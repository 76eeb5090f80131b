namespace DigestGen.Entities.Matching;

/// <summary>
/// A trie over normalised tokens: each path of words spells a name and ends in a payload (an
/// entity index). Built once; read concurrently without locks because it never changes after
/// <see cref="Add"/> calls end.
/// </summary>
/// <param name="signatureBits">The size of the first-word filter, 2^bits bits: 16 (8 KB) for a gazetteer of
/// thousands of names, fewer for a trie of one article's names.</param>
internal sealed class AliasTrie(int signatureBits = 16)
{
    private readonly List<Dictionary<string, int>?> _children = [null];
    private readonly List<int> _payloads = [-1];

    // A bit per (length, first and last letter) signature of the words that start a name. Matching asks
    // the root about every word of every article, nearly all of which start none: the bit answers most
    // of them without hashing the word (one in several words shares a signature with a name's first word).
    private readonly ulong[] _firstWords = new ulong[1 << Math.Clamp(signatureBits - 6, 0, 20)];
    private readonly int _signatureMask = (64 << Math.Clamp(signatureBits - 6, 0, 20)) - 1;

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
                if (node == Root)
                {
                    var bit = Signature(token) & _signatureMask;
                    _firstWords[bit >> 6] |= 1UL << (bit & 63);
                }
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

    public int Step(int node, string token)
    {
        if (node == Root && !MayStartName(token))
        {
            return -1;
        }

        return _children[node] is { } children && children.TryGetValue(token, out var next) ? next : -1;
    }

    private bool MayStartName(string token)
    {
        var bit = Signature(token) & _signatureMask;
        return (_firstWords[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    private static int Signature(string token) => token.Length == 0
        ? 0
        : (int)(((uint)token.Length * 0x9E3779B1u ^ (uint)token[0] * 0x85EBCA77u ^ (uint)token[^1] * 0xC2B2AE3Du) >> 12);

    public int Payload(int node) => _payloads[node];

    public bool HasChildren(int node) => _children[node] is { Count: > 0 };
}
