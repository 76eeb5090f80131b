using DigestGen.Arabic;
using DigestGen.Entities.Recognition;

namespace DigestGen.Entities.Extraction;

/// <summary>Runs the recogniser sentence by sentence (split at . ! ? ؟ and line breaks, as it was
/// trained) and turns its BIO tags into candidates. Also returns the tag of every token, which the
/// quote rule consults.</summary>
internal static class ModelSpanFinder
{
    private const int MaxSentence = 150;

    public static List<Candidate> Find(ArticleScan scan, NerRecognizer? recognizer, out int[] tags)
    {
        var text = scan.Text;
        tags = new int[text.Count];
        var found = new List<Candidate>();
        if (recognizer is null)
        {
            return found;
        }

        var features = recognizer.Model.Features;
        var facts = features.FactsOf(text.Norms);
        var evidence = DocumentEvidence.Compute(text.Norms, facts, features);
        var sentences = new List<SentenceInput>();
        for (var start = 0; start < text.Count;)
        {
            var end = SentenceEnd(text, start);
            sentences.Add(new SentenceInput(text.Norms[start..end].ToArray(), Kinds(text, start, end)) { DocFlags = evidence[start..end], Facts = new(facts, start, end - start) });
            start = end;
        }

        var at = 0;
        foreach (var sentenceTags in DocumentTagger.Tag(recognizer.Model, sentences, facts))
        {
            sentenceTags.CopyTo(tags, at);
            at += sentenceTags.Length;
        }

        AddSpans(scan, tags, found);
        return found;
    }

    private static void AddSpans(ArticleScan scan, int[] tags, List<Candidate> found)
    {
        for (var i = 0; i < tags.Length; i++)
        {
            if (!NerTags.IsBegin(tags[i]))
            {
                continue;
            }

            var cls = NerTags.ClassOf(tags[i]);
            var last = i;
            while (last + 1 < tags.Length && tags[last + 1] == NerTags.Inside(cls))
            {
                last++;
            }

            var key = scan.KeyOf(i, last, out var start);
            found.Add(new Candidate(i, last, start, scan.Text.Tokens[last].End, key, NerTags.TypeOf(cls), 1f, CandidateSource.Model));
            i = last;
        }
    }

    private static int SentenceEnd(AnalyzedText text, int start)
    {
        var i = start;
        while (i < text.Count && i - start < MaxSentence)
        {
            i++;
            if (text.Norms[i - 1] is "." or "!" or "?" or "؟" || (i < text.Count && !text.AdjacentOnOneLine(i - 1, i)))
            {
                break;
            }
        }

        return i;
    }

    private static TokenKind[] Kinds(AnalyzedText text, int start, int end)
    {
        var kinds = new TokenKind[end - start];
        for (var i = start; i < end; i++)
        {
            kinds[i - start] = text.Tokens[i].Kind;
        }

        return kinds;
    }
}
