using System.Diagnostics;
using DigestGen.Entities.Recognition;
using DigestGen.Entities.Recognition.Training;

namespace DigestGen.Training;

/// <summary>Reads the corpus, holds out the dev sentences if asked, trains, reports, saves.</summary>
internal static class TrainingRun
{
    public static int Execute(TrainingOptions options, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var corpus = ConllCorpus.Read(options.Train);
        if (options.Limit > 0)
        {
            corpus = corpus.Take(options.Limit).ToList();
        }

        if (options.Folds > 0)
        {
            return CrossValidation.Run(options, corpus, log);
        }

        var dev = options.DevLast > 0 ? corpus.TakeLast(options.DevLast).ToList() : [];
        var training = corpus.Take(corpus.Count - dev.Count).ToList();
        log.WriteLine($"training on {training.Count} sentences, holding out {dev.Count}");
        var model = options.Load is null ? TrainAndSave(options, training, log) : LoadModel(options.Load);
        log.WriteLine($"model ready in {clock.Elapsed.TotalSeconds:F1} s");
        if (dev.Count > 0)
        {
            DevEvaluation.Report(model, dev, log);
            if (options.Compare)
            {
                DevEvaluation.Compare(model, dev, log);
            }
        }

        if (options.Preview is not null)
        {
            ExtractPreview.Print(model, options.Preview, log);
        }

        return 0;
    }

    private static NerModel TrainAndSave(TrainingOptions options, List<ConllSentence> training, TextWriter log)
    {
        var lexicon = LexiconBuilder.Build(options.Gazetteers, training);
        var model = options.Passes == 2
            ? new StackedTrainer(options.BucketBits, options.Epochs).Train(training, lexicon, log)
            : new PerceptronTrainer(options.BucketBits, options.Epochs, options.Members, options.Seed).Train(training, lexicon, log);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Out))!);
        using (var file = File.Create(options.Out))
        {
            model.Save(file);
        }

        log.WriteLine($"wrote {options.Out} ({new FileInfo(options.Out).Length / 1024} KiB)");
        return model;
    }

    // `--load`: score or preview an existing model without training (it must match the dev split asked for).
    private static NerModel LoadModel(string path)
    {
        using var file = File.OpenRead(path);
        return NerModel.Load(file);
    }
}
