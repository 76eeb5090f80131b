using DigestGen.Arabic;

namespace DigestGen.Entities.Matching;

/// <summary>
/// The gazetteer compiled into one trie of normalised alias tokens. Explicit names and aliases
/// are added first so that a generated spelling variant (جوجل for غوغل) never takes an alias an
/// editor wrote for another entity. Places get no G variants: جدة and غدة are different words.
/// </summary>
internal sealed class GazetteerMatcher
{
    private readonly AliasTrie _trie = new();

    public GazetteerMatcher(Gazetteer gazetteer)
    {
        Entities = gazetteer.Entities;
        for (var e = 0; e < Entities.Count; e++)
        {
            foreach (var key in GazetteerValidator.MatchKeys(Entities[e]))
            {
                _trie.Add(key.Split(' '), e);
            }
        }

        for (var e = 0; e < Entities.Count; e++)
        {
            if (Entities[e].Type == EntityType.Place)
            {
                continue;
            }

            foreach (var key in GazetteerValidator.MatchKeys(Entities[e]))
            {
                foreach (var variant in ForeignNameVariants.Expand(key).Skip(1))
                {
                    _trie.Add(variant.Split(' '), e);
                }
            }
        }
    }

    public IReadOnlyList<GazetteerEntity> Entities { get; }

    public List<TrieMatch> FindAll(AnalyzedText text) => TrieMatcher.FindAll(_trie, text);

    /// <summary>The gazetteer entity whose name or alias is exactly these normalised tokens, if any:
    /// links a name the recogniser found to its curated entry.</summary>
    public GazetteerEntity? Lookup(IReadOnlyList<string> normalizedTokens)
    {
        var node = AliasTrie.Root;
        foreach (var t in normalizedTokens)
        {
            node = _trie.Step(node, t);
            if (node < 0)
            {
                return null;
            }
        }

        var payload = _trie.Payload(node);
        return payload >= 0 ? Entities[payload] : null;
    }
}
