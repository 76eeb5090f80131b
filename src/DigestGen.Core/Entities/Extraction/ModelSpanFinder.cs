using DigestGen.Arabic;
using DigestGen.Entities.Recognition;

namespace DigestGen.Entities.Extraction;

/// <summary>Runs the recogniser sentence by sentence (split at . ! ? ؟ and line breaks, as it was
/// trained) and turns its BIO tags into candidates. Also returns the tag of every token, which the
/// quote rule consults.</summary>
internal static class ModelSpanFinder
{
    private const int MaxSentence = 150;

    /// <summary>Past this many tokens a document's scratch arrays are not kept by the thread.</summary>
    private const int MaxKeptTokens = 1 << 16;

    // One article's facts, evidence and token kinds, which its sentences are windows on: one set per
    // thread, reused for every article (they are read only inside Find), not new arrays per article and sentence.
    [ThreadStatic]
    private static Scratch? s_scratch;

    public static List<Candidate> Find(ArticleScan scan, NerRecognizer? recognizer, out int[] tags)
    {
        var text = scan.Text;
        tags = new int[text.Count];
        var found = new List<Candidate>();
        if (recognizer is null)
        {
            return found;
        }

        var scratch = s_scratch ?? new Scratch();
        s_scratch = null; // taken while in use: a nested Find gets its own
        scratch.Fill(text, recognizer.Model.Features);
        var sentences = scratch.Sentences;
        for (var start = 0; start < text.Count;)
        {
            var end = SentenceEnd(text, start);
            sentences.Add(new SentenceInput(text.Norms.Slice(start, end - start), new(scratch.Kinds, start, end - start))
            {
                DocFlags = new ArraySegment<int>(scratch.Evidence, start, end - start),
                Facts = new(scratch.Facts, start, end - start),
            });
            start = end;
        }

        DocumentTagger.Tag(recognizer.Model, sentences, tags, scratch.Facts);
        sentences.Clear();
        if (scratch.Facts.Length <= MaxKeptTokens)
        {
            s_scratch = scratch;
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

    /// <summary>The per-token arrays of one article, grown as needed and refilled for each.</summary>
    private sealed class Scratch
    {
        public WordFacts[] Facts { get; private set; } = [];

        public int[] Evidence { get; private set; } = [];

        public TokenKind[] Kinds { get; private set; } = [];

        public List<SentenceInput> Sentences { get; } = [];

        public void Fill(AnalyzedText text, FeatureExtractor features)
        {
            var n = text.Count;
            if (Facts.Length < n)
            {
                var size = Math.Max(n, 1024);
                (Facts, Evidence, Kinds) = (new WordFacts[size], new int[size], new TokenKind[size]);
            }

            var norms = text.Norms;
            for (var i = 0; i < n; i++)
            {
                Facts[i] = text.Form(i).FactsFor(features);
                Kinds[i] = text.Tokens[i].Kind;
            }

            DocumentEvidence.Compute(norms, Facts, features, Evidence.AsSpan(0, n));
        }
    }
}
