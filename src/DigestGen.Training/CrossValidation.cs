using System.Globalization;
using DigestGen.Entities.Recognition;
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
            var model = FoldModel(options, training, k);
            log.WriteLine($"fold {k + 1}: dev sentences {start}-{end}");
            scores.Add(DevEvaluation.Report(model, dev, log));
            if (options.Compare)
            {
                DevEvaluation.Compare(model, dev, log);
            }
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

    // `--fold-cache DIR`: each fold's model is trained once per recipe and reloaded after, so a
    // change to the extraction rules (which the model does not see) is judged in seconds.
    private static NerModel FoldModel(TrainingOptions options, List<ConllSentence> training, int k)
    {
        var name = $"fold{k + 1}-of{options.Folds}-dev{options.DevLast}-seed{options.Seed}-m{options.Members}-e{options.Epochs}-b{options.BucketBits}.bin";
        var cache = options.FoldCache is null ? null : Path.Combine(options.FoldCache, name);
        if (cache is not null && File.Exists(cache))
        {
            using var file = File.OpenRead(cache);
            return NerModel.Load(file);
        }

        var lexicon = LexiconBuilder.Build(options.Gazetteers, training);
        var model = new PerceptronTrainer(options.BucketBits, options.Epochs, options.Members, options.Seed).Train(training, lexicon, TextWriter.Null);
        if (cache is not null)
        {
            Directory.CreateDirectory(options.FoldCache!);
            using var file = File.Create(cache);
            model.Save(file);
        }

        return model;
    }
}
