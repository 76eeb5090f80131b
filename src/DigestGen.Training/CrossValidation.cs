using System.Globalization;
using DigestGen.Entities.Recognition.Training;

namespace DigestGen.Training;

/// <summary>`--cv K`: holds out K blocks of `--dev-last` sentences (default 400) spread over the
/// corpus, the last block being the usual dev split, trains without each in turn and prints each
/// block's full-extraction micro F1 and their mean. One 400-sentence split has ~950 names, so one
/// F1 moves by ±0.01 with the shuffle alone; the mean over several blocks judges a change better.</summary>
internal static class CrossValidation
{
    public static int Run(TrainingOptions options, List<ConllSentence> corpus, TextWriter log)
    {
        var size = options.DevLast > 0 ? options.DevLast : 400;
        var scores = new List<double>();
        for (var k = 0; k < options.Folds; k++)
        {
            var end = (int)((long)corpus.Count * (k + 1) / options.Folds);
            var start = Math.Max(0, end - size);
            var dev = corpus.Skip(start).Take(end - start).ToList();
            var training = corpus.Take(start).Concat(corpus.Skip(end)).ToList();
            var lexicon = LexiconBuilder.Build(options.Gazetteers, training);
            var model = new PerceptronTrainer(options.BucketBits, options.Epochs, options.Members, options.Seed).Train(training, lexicon, TextWriter.Null);
            log.WriteLine($"fold {k + 1}: dev sentences {start}-{end}");
            scores.Add(DevEvaluation.Report(model, dev, log));
        }

        log.WriteLine("errors over all folds:");
        foreach (var kv in DevEvaluation.Errors)
        {
            log.WriteLine($"  {kv.Key}: {kv.Value}");
        }

        var list = string.Join(' ', scores.Select(s => s.ToString("F3", CultureInfo.InvariantCulture)));
        log.WriteLine($"cv extraction micro F1: {list}  mean {scores.Average().ToString("F4", CultureInfo.InvariantCulture)}");
        return 0;
    }
}
