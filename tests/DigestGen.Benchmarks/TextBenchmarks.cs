using BenchmarkDotNet.Attributes;
using DigestGen.Arabic;
using DigestGen.Diagnostics;
using DigestGen.Entities;
using DigestGen.Entities.Recognition;

namespace DigestGen.Benchmarks;

/// <summary>
/// The parts of extraction one at a time, on the same text as <see cref="ExtractionBenchmarks"/>
/// (the shared seed article, 25 copies): tokenising, normalising, the recogniser alone over the
/// articles' sentences, and a whole extraction with the example digest's gazetteer, which against
/// <see cref="ExtractionBenchmarks.ExtractArticles"/> (no gazetteer) shows what matching names costs;
/// and, on the same text, the word count behind each article's reading time.
/// </summary>
[MemoryDiagnoser]
public partial class TextBenchmarks
{
    private string[] _articles = [];
    private EntityExtractor _withGazetteer = null!;
    private NerModel _model = null!;
    private SentenceInput[][] _sentences = [];
    private readonly List<Token> _tokens = [];

    [GlobalSetup]
    public void Setup()
    {
        _articles = ExtractionBenchmarks.Articles();
        var root = ExtractionBenchmarks.Checkout() ?? throw new InvalidOperationException("run the benchmarks from the checkout: the gazetteer is content/entities/");
        var diagnostics = new DiagnosticBag();
        var gazetteer = Gazetteer.Load(Path.Combine(root, "content", "entities"), diagnostics);
        Console.WriteLine($"// gazetteer: {gazetteer.Entities.Count} entities from content/entities/");
        _withGazetteer = EntityExtractor.Create(gazetteer);
        _model = NerModel.LoadEmbedded() ?? throw new InvalidOperationException("the build carries no recogniser model");
        _sentences = [.. _articles.Select(Sentences)];
        Console.WriteLine($"// recogniser input: {_sentences.Sum(s => s.Length)} sentences, {_sentences.Sum(s => s.Sum(x => x.Norms.Count))} tokens");
    }

    [Benchmark]
    public int Tokenise()
    {
        var count = 0;
        foreach (var article in _articles)
        {
            _tokens.Clear();
            ArabicTokenizer.Tokenize(article, _tokens);
            count += _tokens.Count;
        }
        return count;
    }

    [Benchmark]
    public int Normalise()
    {
        var length = 0;
        foreach (var article in _articles)
        {
            length += ArabicNormalizer.Normalize(article).Length;
        }
        return length;
    }

    /// <summary>Both passes of the recogniser over every sentence, features and decoding included.</summary>
    [Benchmark]
    public int Recognise()
    {
        var tagged = 0;
        foreach (var sentences in _sentences)
        {
            foreach (var tags in DocumentTagger.Tag(_model, sentences))
            {
                tagged += tags.Length;
            }
        }
        return tagged;
    }

    [Benchmark]
    public int ExtractWithGazetteer() => ExtractionBenchmarks.ExtractAll(_withGazetteer, _articles);

    /// <summary>The word count behind each article's reading time (<see cref="Markdown.WordCounter"/>).</summary>
    [Benchmark]
    public int CountWords()
    {
        var words = 0;
        foreach (var article in _articles)
        {
            words += Markdown.WordCounter.Count(article);
        }
        return words;
    }

    /// <summary>The expression the word count was before <c>af77287</c>, for comparison (it also split words at their marks).</summary>
    [Benchmark]
    public int CountWordsWithTheOldExpression()
    {
        var words = 0;
        foreach (var article in _articles)
        {
            words += OldWords().Count(article);
        }
        return words;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial System.Text.RegularExpressions.Regex OldWords();

    /// <summary>An article's normal forms cut into sentences at . ! ? ؟ and line breaks, as the recogniser reads them.</summary>
    private static SentenceInput[] Sentences(string article)
    {
        var tokens = ArabicTokenizer.Tokenize(article);
        var norms = tokens.Select(t => ArabicNormalizer.Normalize(t.Text(article))).ToArray();
        var kinds = tokens.Select(t => t.Kind).ToArray();
        var sentences = new List<SentenceInput>();
        var start = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var ends = norms[i] is "." or "!" or "?" or "؟" || i + 1 == tokens.Count
                || article.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End).Contains('\n');
            if (ends)
            {
                sentences.Add(new SentenceInput(new ArraySegment<string>(norms, start, i + 1 - start), new ArraySegment<TokenKind>(kinds, start, i + 1 - start)));
                start = i + 1;
            }
        }
        return [.. sentences];
    }
}
