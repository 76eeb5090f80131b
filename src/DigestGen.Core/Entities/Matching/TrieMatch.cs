namespace DigestGen.Entities.Matching;

/// <summary>A name found in the text: tokens [First, Last], the character span without the
/// clitics it was written with, and the trie payload (which entity).</summary>
internal readonly record struct TrieMatch(int First, int Last, int Start, int End, int Payload);
