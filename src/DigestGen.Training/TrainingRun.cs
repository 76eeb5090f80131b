using System.Diagnostics;
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

        var dev = options.DevLast > 0 ? corpus.TakeLast(options.DevLast).ToList() : [];
        var training = corpus.Take(corpus.Count - dev.Count).ToList();
        log.WriteLine($"training on {training.Count} sentences, holding out {dev.Count}");
        var lexicon = LexiconBuilder.Build(options.Gazetteers, training);
        var model = new PerceptronTrainer(options.BucketBits, options.Epochs).Train(training, lexicon, log);

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Out))!);
        using (var file = File.Create(options.Out))
        {
            model.Save(file);
        }

        log.WriteLine($"wrote {options.Out} ({new FileInfo(options.Out).Length / 1024} KiB) in {clock.Elapsed.TotalSeconds:F1} s");
        if (dev.Count > 0)
        {
            DevEvaluation.Report(model, dev, log);
        }

        if (options.Preview is not null)
        {
            ExtractPreview.Print(model, options.Preview, log);
        }

        return 0;
    }
}
