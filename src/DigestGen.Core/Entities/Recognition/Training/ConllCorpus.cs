namespace DigestGen.Entities.Recognition.Training;

/// <summary>ANERcorp-style CoNLL: "token TAG" per line, a blank line between sentences.</summary>
internal static class ConllCorpus
{
    public static List<ConllSentence> Read(string path)
    {
        var sentences = new List<ConllSentence>();
        var tokens = new List<string>();
        var tags = new List<int>();
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0)
            {
                Flush(sentences, tokens, tags);
                continue;
            }

            tokens.Add(string.Join(' ', parts[..^1]));
            tags.Add(NerTags.Parse(parts[^1]));
        }

        Flush(sentences, tokens, tags);
        return sentences;
    }

    private static void Flush(List<ConllSentence> sentences, List<string> tokens, List<int> tags)
    {
        if (tokens.Count > 0)
        {
            sentences.Add(new ConllSentence(tokens.ToList(), tags.ToArray()));
            tokens.Clear();
            tags.Clear();
        }
    }
}
