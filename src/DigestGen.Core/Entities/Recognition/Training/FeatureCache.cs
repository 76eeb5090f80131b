namespace DigestGen.Entities.Recognition.Training;

/// <summary>Computes every training sentence's features once, reused by every epoch.</summary>
internal static class FeatureCache
{
    /// <summary>Sentences per pseudo-article for document evidence: ANERcorp has no article
    /// boundaries, and ner-score.py builds its articles from 25 sentences too.</summary>
    public const int SentencesPerDocument = 25;

    /// <summary>Word counts are read without the sentence's own tenth of the corpus (see WordStat):
    /// leaving out only the token itself kept the article's other repeats, which a new article
    /// does not have (8-fold --cv mean 0.7423 against 0.7567 for tenths).</summary>
    private const int Parts = 10;

    public static List<FeaturedSentence> Build(IReadOnlyList<ConllSentence> corpus, FeatureExtractor extractor, int[][]? firstPass = null)
    {
        var buffer = new FeatureBuffer();
        var result = new List<FeaturedSentence>(corpus.Count);
        var inputs = firstPass is null ? Inputs(corpus, extractor) : StackedInputs(corpus, extractor, firstPass);
        var parts = PartStats(corpus);
        foreach (var unheld in inputs)
        {
            var part = parts[PartOf(result.Count, corpus.Count)];
            var input = new SentenceInput(unheld.Norms, unheld.Kinds, unheld.SiteFlags)
            {
                DocFlags = unheld.DocFlags,
                FirstPass = unheld.FirstPass,
                FirstPassDoc = unheld.FirstPassDoc,
                HeldOut = [.. unheld.Norms.Select(w => part.GetValueOrDefault(w))],
            };
            extractor.Extract(input, buffer);
            var features = new int[input.Length][];
            for (var i = 0; i < features.Length; i++)
            {
                features[i] = buffer.Of(i).ToArray();
            }

            result.Add(new FeaturedSentence(features, corpus[result.Count].Tags));
        }

        return result;
    }

    private static int PartOf(int sentence, int count) => (int)((long)sentence * Parts / count);

    // The word counts of each tenth of the corpus (see WordStat: training reads each sentence's
    // counts without its own tenth).
    private static Dictionary<string, WordStat>[] PartStats(IReadOnlyList<ConllSentence> corpus)
    {
        var parts = Enumerable.Range(0, Parts).Select(_ => new Dictionary<string, WordStat>(StringComparer.Ordinal)).ToArray();
        for (var k = 0; k < corpus.Count; k++)
        {
            var part = parts[PartOf(k, corpus.Count)];
            var s = corpus[k];
            for (var i = 0; i < s.Tokens.Count; i++)
            {
                var w = DigestGen.Arabic.ArabicNormalizer.Normalize(s.Tokens[i]);
                part[w] = part.GetValueOrDefault(w).With(s.Tags[i]);
            }
        }

        return parts;
    }

    /// <summary>The recogniser's input for every sentence, with document evidence over blocks of
    /// <see cref="SentencesPerDocument"/> sentences.</summary>
    public static IEnumerable<SentenceInput> Inputs(IReadOnlyList<ConllSentence> corpus, FeatureExtractor extractor) =>
        Blocks(corpus, extractor).SelectMany(b => b);

    /// <summary>The second pass's input for every sentence, given the first pass's tags of each.</summary>
    public static IEnumerable<SentenceInput> StackedInputs(IReadOnlyList<ConllSentence> corpus, FeatureExtractor extractor, int[][] firstPass)
    {
        var at = 0;
        foreach (var block in Blocks(corpus, extractor))
        {
            foreach (var input in DocumentTagger.Stack(block, firstPass[at..(at + block.Count)], extractor))
            {
                yield return input;
            }

            at += block.Count;
        }
    }

    /// <summary>The corpus cut into pseudo-articles of <see cref="SentencesPerDocument"/> sentences.</summary>
    public static IEnumerable<List<SentenceInput>> Blocks(IReadOnlyList<ConllSentence> corpus, FeatureExtractor extractor)
    {
        for (var d = 0; d < corpus.Count; d += SentencesPerDocument)
        {
            var block = new List<SentenceInput>();
            for (var s = d; s < Math.Min(corpus.Count, d + SentencesPerDocument); s++)
            {
                block.Add(SentenceInput.FromTokens(corpus[s].Tokens));
            }

            var evidence = DocumentEvidence.Compute(block.SelectMany(b => b.Norms).ToList(), extractor);
            var at = 0;
            var result = new List<SentenceInput>(block.Count);
            foreach (var input in block)
            {
                result.Add(new SentenceInput(input.Norms, input.Kinds) { DocFlags = evidence[at..(at + input.Length)] });
                at += input.Length;
            }

            yield return result;
        }
    }
}
