using DigestGen.Arabic;

namespace DigestGen.Entities.Extraction;

/// <summary>
/// Latin names inside Arabic text (Qwen3، DeepSeek-R1، Qwen 2.5، MoE): a run of Latin words
/// that starts with a capital or contains a digit or an inner capital, plus a version number
/// right after it. A digit makes it a product; otherwise the words before it decide.
/// </summary>
internal static class LatinNameRule
{
    private const int MaxWords = 4;

    public static List<Candidate> Find(ArticleScan scan)
    {
        var text = scan.Text;
        var found = new List<Candidate>();
        for (var i = 0; i < text.Count; i++)
        {
            if (text.Tokens[i].Kind != TokenKind.Latin || !LooksLikeName(text.Tokens[i].Span(text.Text)))
            {
                continue;
            }

            var last = i;
            while (last + 1 < text.Count && last - i + 1 < MaxWords && text.AdjacentOnOneLine(last, last + 1)
                && (text.Tokens[last + 1].Kind == TokenKind.Latin || (text.Tokens[last + 1].Kind == TokenKind.Number && IsVersion(text.Norms[last + 1]))))
            {
                last++;
            }

            found.Add(Describe(scan, i, last));
            i = last;
        }

        return found;
    }

    private static Candidate Describe(ArticleScan scan, int first, int last)
    {
        var text = scan.Text;
        var key = scan.KeyOf(first, last, out var start);
        var hasDigit = key.Any(char.IsAsciiDigit);
        var (type, weight) = hasDigit ? (EntityType.Product, 3f) : TypeVote.FromContext(scan, first - 1) ?? (EntityType.Other, 0.5f);
        var alias = ParenthesisedAfter(text, first, last);
        return new Candidate(first, last, start, text.Tokens[last].End, key, type, weight, CandidateSource.Latin) { AliasOfToken = alias };
    }

    // "كيوين" (Qwen): the Latin spelling in parentheses right after a name is that name. The key of the
    // preceding name is resolved later; here we only remember which token it ended on.
    private static int ParenthesisedAfter(AnalyzedText text, int first, int last)
    {
        if (first < 2 || text.Norms[first - 1] != "(" || last + 1 >= text.Count || text.Norms[last + 1] != ")")
        {
            return -1;
        }

        var before = first - 2;
        while (before >= 0 && Recognition.QuoteMarks.IsQuote(text.Norms[before]))
        {
            before--;
        }

        return before >= 0 && text.IsWord(before) ? before : -1;
    }

    private static bool LooksLikeName(ReadOnlySpan<char> word) =>
        char.IsUpper(word[0]) || word.ContainsAnyInRange('0', '9') || (word.Length > 1 && word[1..].ContainsAnyInRange('A', 'Z'));

    private static bool IsVersion(string number) => number.Length <= 5;
}
