using DigestGen.Arabic;

namespace DigestGen.Entities.Matching;

/// <summary>
/// One left-to-right pass over the tokens for all names at once: at each word, try the word and
/// each of its clitic readings as the start of a path in the trie, keep the longest name, jump
/// past it. Names never start or end inside a word because the steps are whole tokens.
/// </summary>
internal static class TrieMatcher
{
    private const int MaxKept = 1 << 16;

    // The matches are gathered in the thread's list and handed back in one of their exact size: a new
    // list grown per article and per repeats pass left most of its arrays behind.
    [ThreadStatic]
    private static List<TrieMatch>? s_found;

    public static List<TrieMatch> FindAll(AliasTrie trie, AnalyzedText text, Func<int, bool>? isFree = null)
    {
        var found = s_found ?? [];
        s_found = null; // taken while in use: isFree is the caller's code
        found.Clear();
        Gather(trie, text, isFree, found);
        var result = new List<TrieMatch>(found);
        if (found.Capacity <= MaxKept)
        {
            s_found = found;
        }

        return result;
    }

    private static void Gather(AliasTrie trie, AnalyzedText text, Func<int, bool>? isFree, List<TrieMatch> found)
    {
        var i = 0;
        while (i < text.Count)
        {
            if (text.IsWord(i) && (isFree is null || isFree(i)) && TryMatchAt(trie, text, i, isFree, out var match))
            {
                found.Add(match);
                i = match.Last + 1;
            }
            else
            {
                i++;
            }
        }
    }

    private static bool TryMatchAt(AliasTrie trie, AnalyzedText text, int i, Func<int, bool>? isFree, out TrieMatch best)
    {
        best = default;
        var found = false;
        var word = text.Norms[i];
        TryReading(trie, text, i, word, 0, isFree, ref best, ref found);
        if (MayHaveProclitic(word))
        {
            foreach (var split in text.Readings(i))
            {
                if (split.HasPrefix)
                {
                    TryReading(trie, text, i, split.Stem, split.SurfaceSkip, isFree, ref best, ref found);
                }
            }
        }

        return found;
    }

    private static void TryReading(AliasTrie trie, AnalyzedText text, int i, string stem, int skip, Func<int, bool>? isFree,
        ref TrieMatch best, ref bool found)
    {
        var node = trie.Step(AliasTrie.Root, stem);
        var j = i;
        while (node >= 0)
        {
            if (trie.Payload(node) >= 0 && (!found || j > best.Last))
            {
                best = new TrieMatch(i, j, text.StartAfterClitics(i, skip), text.Tokens[j].End, trie.Payload(node));
                found = true;
            }

            if (!trie.HasChildren(node) || !NextWord(text, j, isFree, out var next))
            {
                break;
            }

            node = trie.Step(node, text.Norms[next]);
            j = next;
        }
    }

    private static bool NextWord(AnalyzedText text, int j, Func<int, bool>? isFree, out int next)
    {
        next = j + 1;
        return next < text.Count && text.IsWord(next) && text.AdjacentOnOneLine(j, next) && (isFree is null || isFree(next));
    }

    private static bool MayHaveProclitic(string word) => word.Length > Proclitics.MinStemLength && word[0] is 'و' or 'ف' or 'ب' or 'ك' or 'ل' or 'ا';
}
